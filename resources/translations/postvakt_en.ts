<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop_app/views/context.py" line="+66"/>
        <source>Det gikk ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sandkassen startet ikke</source>
        <translation>The sandbox did not start</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Miljøet er byttet, men det ble ikke skrevet i loggen</source>
        <translation>The environment was changed, but it was not written to the log</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innstillingene ble ikke lagret</source>
        <translation>The settings were not saved</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Handlingen ble ikke skrevet i loggen</source>
        <translation>The action was not written to the log</translation>
    </message>
</context>
<context>
    <name>audit_log</name>
    <message>
        <location filename="../../desktop_app/views/audit_log.py" line="+52"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt du bekrefter i Postvakt skrives her, med tid, bruker og arbeidsflate. Oppføringene er lenket sammen, så en endret eller slettet oppføring blir oppdaget.</source>
        <translation>Everything you confirm in Postvakt is written here, with time, user and workspace. The entries are chained together, so a changed or deleted entry is detected.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Søk i loggen …</source>
        <translation>Search the log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk i loggen</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis bare handling</source>
        <translation>Show only action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle arbeidsflater</source>
        <translation>All workspaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare denne arbeidsflaten</source>
        <translation>This workspace only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksporter til CSV …</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontroller på nytt</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arbeidsflate</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loggoppføringer</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggen er ikke hel: noen har endret eller slettet oppføringer.</source>
        <translation>The log is not intact: someone has changed or deleted entries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta vare på en kopi av databasen og si fra til IT-avdelingen.</source>
        <translation>Keep a copy of the database and tell the IT department.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loggen er tom ennå.</source>
        <translation>The log is empty so far.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggen er hel: oppføringen er kontrollert og uendret.</source>
        <translation>The log is intact: the entry has been checked and is unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggen er hel: alle {n} oppføringene er kontrollert og uendret.</source>
        <translation>The log is intact: all {n} entries have been checked and are unchanged.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Eksporter loggen</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loggen er eksportert</source>
        <translation>The log has been exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} oppføringer er lagret i {path}.</source>
        <translation>{n} entries have been saved to {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loggen ble ikke lagret i {path}. Velg en mappe du kan skrive i (for eksempel Dokumenter) og prøv igjen.</source>
        <translation>The log was not saved to {path}. Choose a folder you can write to (for example Documents) and try again.</translation>
    </message>
</context>
<context>
    <name>contactability</name>
    <message>
        <location filename="../../desktop_app/wizards/contactability.py" line="+72"/>
        <source>e-post</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fødselsnummer</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital postkasse</source>
        <translation>Digital mailbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvorfor ikke</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+3"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Kan mottakerne varsles?</source>
        <translation>Can the recipients be notified?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsler etter § 8 går til e-postadressen og mobilnummeret personen har i Kontaktregisteret (KRR). En kanal kan bare brukes når personen ikke har reservert seg, har en digital postkasse, og adressen er oppdatert eller bekreftet de siste 18 månedene.</source>
        <translation>Notifications under § 8 go to the email address and mobile number the person has in the contact register (Kontaktregisteret, KRR). A channel can only be used when the person has not opted out, has a digital mailbox, and the address was updated or confirmed in the last 18 months.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slå opp i Kontaktregisteret</source>
        <translation>Look up in Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lim inn fødselsnumre, ett per linje</source>
        <translation>Paste national ID numbers, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnumre å slå opp</source>
        <translation>National ID numbers to look up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slå opp</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uten nett</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Har du en liste eksportert fra Kontaktregisteret, kan du lese den inn her (CSV, Excel eller JSON).</source>
        <translation>If you have a list exported from Kontaktregisteret, you can read it in here (CSV, Excel or JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Importer liste …</source>
        <translation>&amp;Import list …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen personer ennå.</source>
        <translation>No people yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hvem kan varsles</source>
        <translation>Who can be notified</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vis hele fødselsnumre</source>
        <translation>Show full national ID numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnumre er personopplysninger. Vis dem bare når du trenger det, og ikke når andre ser skjermen.</source>
        <translation>National ID numbers are personal data. Show them only when you need to, and not when others can see the screen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Oppslag krever Maskinporten-tilgang til Kontaktregisteret (legg inn nøkkelen i Innstillinger). Du kan importere en liste i stedet.</source>
        <translation>Lookups need Maskinporten access to Kontaktregisteret (add the key in Settings). You can import a list instead.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ingen fødselsnumre</source>
        <translation>No national ID numbers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lim inn minst ett gyldig fødselsnummer (11 siffer), ett per linje.</source>
        <translation>Paste at least one valid national ID number (11 digits), one per line.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Slår opp %v av %m …</source>
        <translation>Looking up %v of %m …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oppslaget ble ikke gjort</source>
        <translation>The lookup was not made</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importer liste fra Kontaktregisteret</source>
        <translation>Import list from Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods *.json);;Alle filer (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.xls *.ods *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leser «{name}» …</source>
        <translation>Reading “{name}” …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen ble ikke lest inn</source>
        <translation>The list was not read in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} fra {source}: {email} kan varsles på e-post, {sms} på SMS, {nobody} kan ikke varsles.</source>
        <translation>{people} from {source}: {email} can be notified by email, {sms} by SMS, {nobody} cannot be notified.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} har en adresse som er eldre enn 18 måneder; den brukes ikke til varsler etter § 8.</source>
        <translation>{n} have an address older than 18 months; it is not used for § 8 notifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} har reservert seg og får brevet på papir.</source>
        <translation>{n} have opted out and get the letter on paper.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 linje ble hoppet over. De andre er med:</source>
        <translation>1 line was skipped. The others are included:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} linjer ble hoppet over. De andre er med:</source>
        <translation>{n} lines were skipped. The others are included:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linje {line}: </source>
        <translation>Line {line}: </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desktop_app/views/dashboard.py" line="+59"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeidsflate</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innlogging og nøkler</source>
        <translation>Sign-in and keys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dette er en øvingskommune med oppdiktede data, så du kan se deg om uten å gjøre noe i ekte tjenester. Når du er klar, lager du en arbeidsflate for din egen kommune.</source>
        <translation>This is a practice municipality with made-up data, so you can look around without doing anything in real services. When you are ready, create a workspace for your own municipality.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lag arbeidsflate for din kommune …</source>
        <translation>Create a workspace for your municipality…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Veiviserne for {parts} er ikke klare ennå.</source>
        <translation>The wizards for {parts} are not ready yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen valgt</source>
        <translation>None selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lag eller velg en arbeidsflate.</source>
        <translation>Create or choose a workspace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Org.nr {orgnr}</source>
        <translation>Org. no. {orgnr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>øvingsdata</source>
        <translation>practice data</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>organisasjonsnummer i arbeidsflaten (inkludert kommunen selv)</source>
        <translation>organisation numbers in the workspace (including the municipality itself)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} avvik</source>
        <translation>{n} discrepancies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen har endret eller slettet oppføringer i loggen. Se Logg.</source>
        <translation>Someone has changed or deleted entries in the log. See Log.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppføringer, alle kontrollert og uendret</source>
        <translation>entries, all checked and unchanged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passord og nøkler lagres i maskinens nøkkelring.</source>
        <translation>Passwords and keys are stored in the computer&apos;s keyring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke tilgjengelig</source>
        <translation>Not available</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop_app/views/dialogs.py" line="+36"/>
        <source>Noe uventet gikk galt. Arbeidet som alt er gjort, er lagret. Prøv igjen; skjer det igjen, send loggfilen til IT-avdelingen: {path}</source>
        <translation>Something unexpected went wrong. The work already done has been saved. Try again; if it happens again, send the log file to the IT department: {path}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Det gikk ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Noe gikk galt</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noe uventet gikk galt. Alt du har bekreftet, er lagret, og du kan arbeide videre. Skjer det igjen, start Postvakt på nytt og send loggfilen til IT-avdelingen:
{path}</source>
        <translation>Something unexpected went wrong. Everything you have confirmed has been saved, and you can carry on working. If it happens again, restart Postvakt and send the log file to the IT department:
{path}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../desktop_app/_domain_strings.py" line="+1"/>
        <source>Produksjon</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ekte tjenester: endringer gjelder ekte virksomheter og personer.</source>
        <translation>real services: changes apply to real organisations and people.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test (TT02)</source>
        <translation>Test (TT02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testmiljøene til Altinn (TT02), ID-porten, Maskinporten og SvarUt, med syntetiske testdata fra Tenor og innlogging med TestID.</source>
        <translation>the test environments of Altinn (TT02), ID-porten, Maskinporten and SvarUt, with synthetic test data from Tenor and sign-in with TestID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Øving (lokal sandkasse)</source>
        <translation>Practice (local sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alt skjer i en sandkasse på denne maskinen, med oppdiktede virksomheter og personer; ingenting sendes ut på nettet.</source>
        <translation>everything happens in a sandbox on this computer, with made-up organisations and people; nothing is sent over the network.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt integrasjons-ID (IntegrasjonId)</source>
        <translation>SvarUt integration ID (IntegrasjonId)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt integrasjonspassord (IntegrasjonPassord)</source>
        <translation>SvarUt integration password (IntegrasjonPassord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt tjenestepassord (gammel v1-tilgang)</source>
        <translation>SvarUt service password (old v1 access)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maskinporten privat nøkkel (PEM)</source>
        <translation>Maskinporten private key (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passord for Maskinporten-nøkkelen</source>
        <translation>Password for the Maskinporten key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID-porten klient-ID</source>
        <translation>ID-porten client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID-porten innlogging (fornyingsnøkkel)</source>
        <translation>ID-porten sign-in (refresh token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsflate opprettet</source>
        <translation>Workspace created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Øvingskommune opprettet</source>
        <translation>Practice municipality created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsflate fikk nytt navn</source>
        <translation>Workspace renamed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsflate slettet</source>
        <translation>Workspace deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomhet lagt til</source>
        <translation>Organisation added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomhet fjernet</source>
        <translation>Organisation removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miljø byttet</source>
        <translation>Environment changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innstillinger endret</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passord eller nøkkel lagret</source>
        <translation>Password or key stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passord eller nøkkel fjernet</source>
        <translation>Password or key removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg eksportert</source>
        <translation>Log exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg kontrollert</source>
        <translation>Log checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil importert</source>
        <translation>File imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontroll utført</source>
        <translation>Check done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrolliste lagret</source>
        <translation>Checklist saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging registrert</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsplan eksportert</source>
        <translation>Notification plan exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg bekreftet</source>
        <translation>Step confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fylkeskommune</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisasjonsledd</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underenhet (bedrift)</source>
        <translation>Sub-unit (business)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underenhet (ikke næringsdrivende)</source>
        <translation>Sub-unit (non-commercial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interkommunalt selskap</source>
        <translation>Inter-municipal company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunalt foretak</source>
        <translation>Municipal enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fylkeskommunalt foretak</source>
        <translation>County enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staten</source>
        <translation>The state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statsforetak</source>
        <translation>State enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aksjeselskap</source>
        <translation>Limited company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allmennaksjeselskap</source>
        <translation>Public limited company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enkeltpersonforetak</source>
        <translation>Sole proprietorship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stiftelse</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forening/lag/innretning</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingsrettslig sameie</source>
        <translation>Co-ownership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selskap med delt ansvar</source>
        <translation>Partnership with shared liability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig selskap</source>
        <translation>General partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsler dere bestiller, går til e-post og mobilnummer i Kontakt- og reservasjonsregisteret, med Digipost som avsender.</source>
        <translation>Notifications you order go to the email address and mobile number in Kontakt- og reservasjonsregisteret (KRR, the contact and reservation register), with Digipost as the sender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digiposts egen påminnelse etter 7 dager er noe annet enn et varsel dere bestiller for dag 7; innbyggeren kan få begge.</source>
        <translation>Digipost&apos;s own reminder after 7 days is separate from a notification you order for day 7; the resident may receive both.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Når dere bestiller varsel, sender ikke e-Boks sitt eget i tillegg; innbyggeren får ett varsel.</source>
        <translation>When you order a notification, e-Boks does not send its own as well; the resident receives one notification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eForvaltningsforskriften § 8</source>
        <translation>eForvaltningsforskriften § 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fødselsnummeret er ikke gyldig (sjekk sifrene)</source>
        <translation>the national ID number is not valid (check the digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finnes ikke i Kontaktregisteret</source>
        <translation>not found in Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slettet i Kontaktregisteret</source>
        <translation>deleted in Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>har reservert seg mot digital kommunikasjon</source>
        <translation>has opted out of digital communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontaktregisteret sier at personen ikke kan varsles</source>
        <translation>Kontaktregisteret says the person cannot be notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen adresse registrert</source>
        <translation>no address registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adressen er ikke oppdatert eller bekreftet på over 18 måneder</source>
        <translation>the address has not been updated or confirmed for over 18 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>har ingen digital postkasse: brevet går på papir, uten varsel</source>
        <translation>has no digital mailbox: the letter goes on paper, without a notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fant ingen sikker nøkkelring på denne maskinen, så Postvakt lagrer ingen passord eller nøkler. På Linux: installer og start GNOME Keyring eller KWallet (Secret Service). Du kan fortsatt bruke Postvakt uten innlogging.</source>
        <translation>No secure keyring was found on this computer, so Postvakt stores no passwords or keys. On Linux: install and start GNOME Keyring or KWallet (Secret Service). You can still use Postvakt without signing in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nøkkelringen er låst. Lås den opp (vanligvis med passordet du logger på maskinen med) og prøv igjen.</source>
        <translation>The keyring is locked. Unlock it (usually with the password you use to log on to the computer) and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fikk ikke kontakt med nøkkelringen på denne maskinen. Prøv igjen om litt; skjer det igjen, start maskinen på nytt eller be IT-avdelingen sjekke nøkkelringen (Legitimasjonsbehandling i Windows, Nøkkelring i macOS, Secret Service på Linux).</source>
        <translation>Could not reach the keyring on this computer. Try again shortly; if it happens again, restart the computer or ask the IT department to check the keyring (Credential Manager on Windows, Keychain on macOS, Secret Service on Linux).</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="+55"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veivisere</source>
        <translation>Wizards</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arbeidsflate:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg arbeidsflate</source>
        <translation>Choose workspace</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PRODUKSJON – endringer skjer i ekte tjenester for ekte virksomheter</source>
        <translation>PRODUCTION – changes happen in real services for real organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Miljø: {env}</source>
        <translation>Environment: {env}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Navigasjon</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+204"/>
        <source>Åpner arbeidsflaten …</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Arbeider</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Ny arbeidsflate …</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PRODUKSJON</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arbeidsflaten er klar</source>
        <translation>The workspace is ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» er opprettet og valgt.</source>
        <translation>“{name}” has been created and selected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postvakt fikk ikke åpnet arbeidsflatene.</source>
        <translation>Postvakt could not open the workspaces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>new_workspace</name>
    <message>
        <location filename="../../desktop_app/wizards/new_workspace.py" line="+34"/>
        <location line="+79"/>
        <source>Ny arbeidsflate</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>En arbeidsflate samler alt Postvakt vet om én kommune.</source>
        <translation>A workspace holds everything Postvakt knows about one municipality.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du trenger bare kommunens navn og organisasjonsnummer. Organisasjonsnummeret finner du i Enhetsregisteret (brreg.no) eller på kommunens nettsider.

Du kan ha flere arbeidsflater, for eksempel hvis du hjelper flere kommuner.</source>
        <translation>All you need is the municipality&apos;s name and organisation number. You can find the organisation number in the Central Coordinating Register for Legal Entities (brreg.no) or on the municipality&apos;s website.

You can have several workspaces, for example if you help several municipalities.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv inn navn og organisasjonsnummer.</source>
        <translation>Enter the name and organisation number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel Fjordvik kommune</source>
        <translation>For example Fjordvik kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens navn</source>
        <translation>The municipality&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9 siffer</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisasjonsnummer:</source>
        <translation>&amp;Organisation number:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gyldig organisasjonsnummer.</source>
        <translation>Valid organisation number.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Klar til å opprette</source>
        <translation>Ready to create</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postvakt oppretter arbeidsflaten «{name}» med organisasjonsnummer {orgnr}.

Dette skrives i loggen. Trykk Fullfør for å opprette den.</source>
        <translation>Postvakt will create the workspace “{name}” with organisation number {orgnr}.

This is written to the log. Press Finish to create it.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Arbeidsflaten ble ikke opprettet</source>
        <translation>The workspace was not created</translation>
    </message>
</context>
<context>
    <name>not_ready</name>
    <message>
        <location filename="../../desktop_app/views/not_ready.py" line="+41"/>
        <source>DPI-oppsett</source>
        <translation>DPI setup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta i bruk Digital postkasse til innbyggere (DPI) gjennom SvarUt, steg for steg.</source>
        <translation>Start using Digital postkasse til innbyggere (DPI, the digital mailbox for residents) through SvarUt, step by step.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontakt Digdir og godta bruksvilkårene i Samarbeidsportalen.</source>
        <translation>Contact Digdir and accept the terms of use in Samarbeidsportalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleger retten «Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten» til KS-Kommunesektorens organisasjon (org.nr 971 032 146).</source>
        <translation>Delegate the right “Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten” (send DPI messages on behalf of the organisation) to KS-Kommunesektorens organisasjon (org. no. 971 032 146).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktiver DPI i SvarUt, gjør ROS-analysen og informer innbyggerne.</source>
        <translation>Activate DPI in SvarUt, carry out the risk and vulnerability analysis (ROS) and inform residents.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taushetsbelagt post</source>
        <translation>Confidential mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sørg for at hvert organisasjonsnummer har en navngitt person som kan lese taushetsbelagt post i Altinn, og at ingen andre har tilgangen.</source>
        <translation>Make sure every organisation number has a named person who can read confidential mail in Altinn, and that nobody else has the access.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oversikt over hvem som bør ha og hvem som faktisk har tilgangspakken «Post til virksomheten med taushetsbelagt innhold».</source>
        <translation>An overview of who should have and who actually has the access package “Post til virksomheten med taushetsbelagt innhold” (confidential mail to the organisation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gi og fjern tilganger, med rutine for jevnlig gjennomgang.</source>
        <translation>Grant and remove access, with a routine for regular review.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varsling</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare de ansvarlige skal få varsler om ny post til virksomheten.</source>
        <translation>Only those responsible should be notified of new mail to the organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se, legg til og fjern varslingsadresser for hvert organisasjonsnummer.</source>
        <translation>View, add and remove notification addresses for each organisation number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finn adresser som tilhører noen uten tilgang, og enheter uten varsling.</source>
        <translation>Find addresses belonging to someone without access, and units without notifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uåpnet post</source>
        <translation>Unopened mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finn taushetsbelagte brev som mottakeren aldri har åpnet, og følg opp.</source>
        <translation>Find confidential letters the recipient has never opened, and follow up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer en rapport fra SvarUt (CSV eller Excel).</source>
        <translation>Import a report from SvarUt (CSV or Excel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se hvilke virksomheter som har uåpnede brev, og lag oppfølgingsbrev.</source>
        <translation>See which organisations have unopened letters, and create follow-up letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekk kommunens egen innkommende post.</source>
        <translation>Check the municipality&apos;s own incoming mail.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Varslingsplan</source>
        <translation>Notification plan</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultatene fra kontrollene, med historikk og eksport til Excel og PDF.</source>
        <translation>The results of the checks, with history and export to Excel and PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommer sammen med kontrollen av uåpnet post.</source>
        <translation>Coming together with the unopened mail check.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Denne delen er ikke klar ennå. Her er hva den skal gjøre når den kommer:</source>
        <translation>This part is not ready yet. Here is what it will do when it arrives:</translation>
    </message>
</context>
<context>
    <name>notice_planner</name>
    <message>
        <location filename="../../desktop_app/wizards/notice_planner.py" line="+116"/>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anbefaling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+379"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Varsel</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan sendes fra</source>
        <translation>Can be sent from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feilkvittering senest</source>
        <translation>Failure receipt by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Kan ikke planlegges</source>
        <translation>Cannot be planned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dag {n}, flyttet</source>
        <translation>Day {n}, moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag {n}</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sendes ikke: brevet er lest</source>
        <translation>Not sent: the letter has been read</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kl. {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tidslinje: varsler per dag</source>
        <translation>Timeline: notifications per day</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Varsler fra {first} til {last}. Flest varsler {day}: {n}.</source>
        <translation>Notifications from {first} to {last}. Most notifications on {day}: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen varsler å vise.</source>
        <translation>No notifications to show.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{day}: {n} varsler (e-post {e}, SMS {s})</source>
        <translation>{day}: {n} notifications (email {e}, SMS {s})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen varsler å vise ennå.</source>
        <translation>No notifications to show yet.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Varsler per dag (pek på en stolpe for tallene)</source>
        <translation>Notifications per day (point at a bar for the figures)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Varslingsplan</source>
        <translation>Notification plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se nøyaktig når hvert varsel om et digitalt brev kan gå ut, hos Digipost og e-Boks, og hvorfor. Varsler går bare på dagtid, og bare hvis brevet ikke er lest. Gjelder brev som krever varsling etter {section}.</source>
        <translation>See exactly when each notification about a digital letter can go out, with Digipost and e-Boks, and why. Notifications are only sent in the daytime, and only if the letter has not been read. Applies to letters that require notification under {section}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Varselet dere bestiller</source>
        <translation>The notification you order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for eksempel 0, 7</source>
        <translation>for example 0, 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager etter at brevet kom fram</source>
        <translation>Days after the letter arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag 0 er dagen brevet kommer i postkassen. Velg 1–10 ulike dager fra 0 til 25, med komma mellom.</source>
        <translation>Day 0 is the day the letter arrives in the mailbox. Choose 1–10 different days from 0 to 25, separated by commas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 = samme dag som brevet kommer. 1–10 dager, fra 0 til 25.</source>
        <translation>0 = the same day the letter arrives. 1–10 days, from 0 to 25.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dager:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;E-post</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postkasseleverandør</source>
        <translation>Mailbox provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leverandør:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brevet krever varsel etter § 8</source>
        <translation>The letter requires notification under § 8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enkeltvedtak og andre brev der {section} krever varsel. Da anbefales dag 0 og 7 med e-post.</source>
        <translation>Individual decisions (enkeltvedtak) and other letters where {section} requires notification. Days 0 and 7 by email are then recommended.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Varslingstekster</source>
        <translation>Notification texts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varslingstekst for e-post</source>
        <translation>Notification text for email</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varslingstekst for SMS</source>
        <translation>Notification text for SMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tekst i e-posten:</source>
        <translation>Text in the email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekst i SMS-en:</source>
        <translation>Text in the SMS:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Varsler sendes ukryptert. Skriv ikke navn, fødselsnummer eller hva saken gjelder.</source>
        <translation>Notifications are sent unencrypted. Do not include names, national identity numbers or what the case is about.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontroll av innstillingene</source>
        <translation>Settings check</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ett brev</source>
        <translation>One letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste fra fil</source>
        <translation>List from file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tilgjengelig i postkassen:</source>
        <translation>&amp;Available in the mailbox:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgjengelig i postkassen</source>
        <translation>Available in the mailbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Når brevet kom i den digitale postkassen (norsk tid). Dag 0 er denne dagen.</source>
        <translation>When the letter arrived in the digital mailbox (Norwegian time). Day 0 is this day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lest:</source>
        <translation>Read:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lest</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Importer liste …</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest (dd.mm.åååå tt:mm, norsk tid).</source>
        <translation>CSV or Excel with the columns Referanse, Sendt, Tilgjengelig and Lest (dd.mm.yyyy hh:mm, Norwegian time).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest.</source>
        <translation>CSV or Excel with the columns Referanse, Sendt, Tilgjengelig and Lest.</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>&amp;Kan mottakerne varsles? …</source>
        <translation>&amp;Can the recipients be notified? …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekk i Kontaktregisteret (eller en eksportert liste) hvem som kan få varsel på e-post eller SMS, og hvem som har for gamle kontaktopplysninger.</source>
        <translation>Check in Kontaktregisteret (or an exported list) who can get a notification by email or SMS, and whose contact details are too old.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Planlagte varsler</source>
        <translation>Planned notifications</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+298"/>
        <source>Velg en rad for å se hele begrunnelsen.</source>
        <translation>Select a row to see the full reason.</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Rader som ikke ble lest inn</source>
        <translation>Rows that were not read in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fjern listen</source>
        <translation>Remove the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ksporter plan …</source>
        <translation>E&amp;xport plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre planen som CSV (åpnes i Excel) eller Excel-fil.</source>
        <translation>Save the plan as CSV (opens in Excel) or an Excel file.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{n} av {max} tegn</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} av {max} tegn ({parts} SMS)</source>
        <translation>{n} of {max} characters ({parts} SMS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spesialtegn: {per} tegn per SMS</source>
        <translation>special characters: {per} characters per SMS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Innstillingene er i orden.</source>
        <translation>The settings are in order.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Brevet</source>
        <translation>The letter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importer liste over brev</source>
        <translation>Import list of letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen ble ikke lest inn.</source>
        <translation>The list was not read in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen ble ikke lest inn</source>
        <translation>The list was not read in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} brev fra «{name}».</source>
        <translation>{n} letters from “{name}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 rad ble ikke lest inn. De andre radene er med i planen:</source>
        <translation>1 row was not read in. The other rows are included in the plan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} rader ble ikke lest inn. De andre radene er med i planen:</source>
        <translation>{n} rows were not read in. The other rows are included in the plan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rett feilene i innstillingene til venstre, så vises planen her.</source>
        <translation>Correct the errors in the settings on the left, and the plan will be shown here.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{n} varsler for brevet hos {provider}.</source>
        <translation>{n} notifications for the letter with {provider}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} varsler for {letters} brev hos {provider}.</source>
        <translation>{n} notifications for {letters} letters with {provider}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle {day}.</source>
        <translation>All on {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fra {first} til {last}.</source>
        <translation>From {first} to {last}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} sendes ikke fordi brevet alt er lest.</source>
        <translation>{n} will not be sent because the letter has already been read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} brev kan ikke planlegges (rødt i tabellen).</source>
        <translation>{n} letters cannot be planned (red in the table).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg en rad for å se hvorfor.</source>
        <translation>Select a row to see why.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (linje {line})</source>
        <translation> (line {line})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dag {n}, {channel}</source>
        <translation>day {n}, {channel}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter planen</source>
        <translation>Export the plan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Planen er eksportert</source>
        <translation>The plan has been exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rader er lagret i {path}.</source>
        <translation>{n} rows have been saved to {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planen ble ikke lagret</source>
        <translation>The plan was not saved</translation>
    </message>
</context>
<context>
    <name>organizations</name>
    <message>
        <location filename="../../desktop_app/views/organizations.py" line="+28"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumrene i kommunen: kommunen selv, organisasjonsleddene og underenhetene. Hvert av dem trenger en som kan lese taushetsbelagt post.</source>
        <translation>All the organisation numbers in the municipality: the municipality itself, its organisational units and sub-units. Each of them needs someone who can read confidential mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Henting fra Enhetsregisteret og registrering for hånd er ikke klart ennå. Listen under viser det som er lagret i arbeidsflaten.</source>
        <translation>Fetching from the Central Coordinating Register and registering by hand are not ready yet. The list below shows what is stored in the workspace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtrer på navn eller org.nr …</source>
        <translation>Filter by name or org. no.…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer virksomheter</source>
        <translation>Filter organisations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hører til</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Virksomheter i arbeidsflaten</source>
        <translation>Organisations in the workspace</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (slettet)</source>
        <translation> (deleted)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="+96"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Språk i Postvakt:</source>
        <translation>Language in Postvakt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Språket byttes neste gang du starter Postvakt. / The language changes the next time you start Postvakt.</source>
        <translation>The language changes the next time you start Postvakt. / Språket byttes neste gang du starter Postvakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Miljø</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hvilke tjenester Postvakt skal snakke med. I Øving skjer alt i en lokal sandkasse med oppdiktede personer og virksomheter.</source>
        <translation>Choose which services Postvakt talks to. In Practice, everything happens in a local sandbox with made-up people and organisations.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sandkassen kjører på denne maskinen: {url}</source>
        <translation>The sandbox is running on this computer: {url}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bytte til produksjon?</source>
        <translation>Switch to production?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I produksjon gjør Postvakt endringer i ekte tjenester (Altinn, SvarUt) for ekte virksomheter. Vil du bytte til produksjon?</source>
        <translation>In production, Postvakt makes changes in real services (Altinn, SvarUt) for real organisations. Do you want to switch to production?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Innlogging og nøkler</source>
        <translation>Sign-in and keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekker nøkkelringen …</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sjekker …</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre …</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre {name}</source>
        <translation>Save {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passord og nøkler lagres bare i maskinens nøkkelring (Windows Legitimasjonsbehandling, macOS Nøkkelring eller Secret Service på Linux), aldri i filer eller logger.</source>
        <translation>Passwords and keys are stored only in the computer&apos;s keyring (Windows Credential Manager, macOS Keychain or Secret Service on Linux), never in files or logs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nøkkelringen er klar ({backend}).</source>
        <translation>The keyring is ready ({backend}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ukjent – lås opp nøkkelringen</source>
        <translation>Unknown – unlock the keyring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Kan ikke lagres</source>
        <translation>Cannot be saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Velg den private nøkkelen (PEM)</source>
        <translation>Choose the private key (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privat nøkkel (*.pem *.key);;Alle filer (*)</source>
        <translation>Private key (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre i nøkkelringen</source>
        <translation>Save in the keyring</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Ble ikke lagret</source>
        <translation>Was not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fjerne fra nøkkelringen?</source>
        <translation>Remove from the keyring?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne «{name}» fra nøkkelringen? Du må legge det inn igjen for å bruke tjenesten.</source>
        <translation>Do you want to remove “{name}” from the keyring? You will have to enter it again to use the service.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Arbeidsflater</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>En arbeidsflate per kommune. Alt lagres fortløpende på denne maskinen.</source>
        <translation>One workspace per municipality. Everything is saved continuously on this computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny arbeidsflate …</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slett valgt arbeidsflate …</source>
        <translation>Delete selected workspace…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} (org.nr {orgnr})</source>
        <translation>{name} (org. no. {orgnr})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen arbeidsflater ennå.</source>
        <translation>No workspaces yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vil du slette øvingskommunen «{name}»? Den kommer ikke tilbake av seg selv.</source>
        <translation>Do you want to delete the practice municipality “{name}”? It will not come back by itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vil du slette arbeidsflaten «{name}» med alt som er registrert i den? Loggen beholder oppføringene. Dette kan ikke angres.</source>
        <translation>Do you want to delete the workspace “{name}” and everything recorded in it? The log keeps its entries. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slette arbeidsflaten?</source>
        <translation>Delete the workspace?</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>øvingsdata</source>
        <translation>practice data</translation>
    </message>
</context>
</TS>
