<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop_app/views/context.py" line="+117"/>
        <source>Postvakt fikk ikke åpnet nettleseren for ID-porten. Prøv igjen, eller logg inn på nytt under Innstillinger → Pålogging.</source>
        <translation>Postvakt could not open the browser for ID-porten. Try again, or log in again under Settings → Sign-in.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Det gikk ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Sandkassen startet ikke</source>
        <translation>The sandbox did not start</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Miljøet er byttet, men det ble ikke lagret eller skrevet i loggen</source>
        <translation>The environment has been changed, but it was not saved or written to the log</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Innstillingen ble ikke lagret</source>
        <translation>The setting was not saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Innstillingene ble ikke lagret</source>
        <translation>The settings were not saved</translation>
    </message>
</context>
<context>
    <name>access_plan</name>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/dialog.py" line="+57"/>
        <source>Gi tilgang til mange organisasjonsnumre</source>
        <translation>Give access to many organisation numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Varslingsadresse for mange organisasjonsnumre</source>
        <translation>Notification address for many organisation numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/wanted.py" line="+49"/>
        <source>Skriv inn personen én gang og velg organisasjonsnumrene. Postvakt viser hva som må endres før noe skjer i Altinn.</source>
        <translation>Enter the person once and choose the organisation numbers. Postvakt shows what needs to change before anything happens in Altinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv inn adressen én gang og velg organisasjonsnumrene. Postvakt viser hva som må endres før noe skjer i Altinn.</source>
        <translation>Enter the address once and choose the organisation numbers. Postvakt shows what needs to change before anything happens in Altinn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnummer</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11 siffer – Altinn trenger det for å gi tilgangen</source>
        <translation>11 digits – Altinn needs it to give the access</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/dialog.py" line="+26"/>
        <location filename="../../desktop_app/wizards/access_plan/wanted.py" line="+2"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/wanted.py" line="+3"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fødselsnummer:</source>
        <translation>National &amp;ID number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvorfor:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varslingsadresse</source>
        <translation>Notification address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post eller mobilnummer</source>
        <translation>Email or mobile number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bare &amp;disse:</source>
        <translation>Only &amp;these:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisasjonsnumre å ta med</source>
        <translation>Organisation numbers to include</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bruk en &amp;liste (Excel eller CSV) …</source>
        <translation>Use a &amp;list (Excel or CSV) …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vis planen</source>
        <translation>&amp;Show the plan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Person fra oppgaven</source>
        <translation>Person from the task</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Neste person i oppgaven</source>
        <translation>Ne&amp;xt person in the task</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skriv fødselsnummeret til {name}; det står ikke i oppgaven.</source>
        <translation>Enter the national ID number of {name}; it is not in the task.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Alle organisasjonsnumre i arbeidsflaten ({n})</source>
        <translation>&amp;All organisation numbers in the workspace ({n})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Organisasjonsnumrene er ikke lest ennå. Vent litt, og prøv igjen.</source>
        <translation>The organisation numbers have not been read yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg minst ett organisasjonsnummer.</source>
        <translation>Choose at least one organisation number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skrevet inn</source>
        <translation>entered manually</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv inn navnet på personen.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Velg listen</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Reading «{name}» …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disse linjene ble hoppet over:</source>
        <translation>These lines were skipped:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/dialog.py" line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+39"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+1"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+1"/>
        <source>Virksomhet</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+1"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tilbake</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Til &amp;daglig leder …</source>
        <translation>To the &amp;general manager …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag et brev, et e-postutkast og en oppgavefil til den som kan gi tilgangene i Altinn</source>
        <translation>Create a letter, an email draft and a task file for the person who can give the access rights in Altinn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Utfør i Altinn</source>
        <translation>&amp;Apply in Altinn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leser hva Altinn har nå …</source>
        <translation>Reading what is in Altinn now …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lager planen …</source>
        <translation>Making the plan …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planen bygger på det Postvakt sist leste fra Altinn eller fikk ført inn. Logg inn i Altinn (øverst i vinduet) for å lese på nytt og utføre den.</source>
        <translation>The plan is based on what Postvakt last read from Altinn or what was recorded by hand. Log in to Altinn (at the top of the window) to read again and carry out the plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lest fra Altinn nå, unntatt {n} organisasjonsnumre som ikke svarte; for dem bygger planen på det Postvakt hadde fra før.</source>
        <translation>Read from Altinn just now, except for {n} organisation numbers that did not respond; for those, the plan is based on what Postvakt already had.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lest fra Altinn nå. {env}: endringene gjøres når du trykker «Utfør i Altinn».</source>
        <translation>Read from Altinn just now. {env}: the changes are made when you press «Apply in Altinn».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Utfør i Altinn ({n} endringer)</source>
        <translation>&amp;Apply in Altinn ({n} changes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="-12"/>
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resultat per endring</source>
        <translation>Result per change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stopp</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prøv de som gjenstår på nytt</source>
        <translation>&amp;Retry the remaining ones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gjør endringene i Altinn …</source>
        <translation>Making the changes in Altinn …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feilet</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke utført</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stopper etter endringen som pågår …</source>
        <translation>Stopping after the change in progress …</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../desktop_app/views/accessibility.py" line="+323"/>
        <source>Sorter tabellen</source>
        <translation>Sort the table</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stigende</source>
        <translation>ascending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synkende</source>
        <translation>descending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorter etter {column}, {order}</source>
        <translation>Sort by {column}, {order}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Innhold – rull med piltastene</source>
        <translation>Content – scroll with the arrow keys</translation>
    </message>
</context>
<context>
    <name>altinn_wiring</name>
    <message>
        <location filename="../../desktop_app/views/altinn_wiring.py" line="+146"/>
        <source>Lesing fra Altinn</source>
        <translation>Reading from Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopp</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopper lesingen. Det som alt er lest, beholdes.</source>
        <translation>Stops the reading. What has already been read is kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopp lesingen fra Altinn</source>
        <translation>Stop reading from Altinn</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Leser tilganger og varslingsadresser fra Altinn …</source>
        <translation>Reading access and notification addresses from Altinn …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Leser fra Altinn ({done} av {total}): {what}</source>
        <translation>Reading from Altinn ({done} of {total}): {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lest fra Altinn, men {n} av {total} virksomheter kunne ikke leses. Se Taushetsbelagt post og Varsling.</source>
        <translation>Read from Altinn, but {n} of {total} organisations could not be read. See Confidential mail and Notifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilganger og varslingsadresser er lest fra Altinn for alle {n} virksomheter.</source>
        <translation>Access and notification addresses have been read from Altinn for all {n} organisations.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lesingen fra Altinn stoppet: {why}</source>
        <translation>Reading from Altinn stopped: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesingen fra Altinn ble stoppet. Det som ble lest, er lagret.</source>
        <translation>Reading from Altinn was stopped. What was read has been saved.</translation>
    </message>
</context>
<context>
    <name>audit_log</name>
    <message>
        <location filename="../../desktop_app/views/audit_log.py" line="+55"/>
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
        <source>Alt du bekrefter i Postvakt skrives her, med tid, bruker og arbeidsflate. Oppføringene er lenket sammen og forseglet med en nøkkel i nøkkelringen på denne maskinen, så en endret eller slettet oppføring blir oppdaget. Loggen kan ikke alene vise at noen har fjernet de nyeste oppføringene eller lagt tilbake en eldre kopi av hele filen. Det viser kontrollpunktet i en eksportert fil: postvakt-cli audit verify --mot FIL. Uten nøkkelring er loggen ikke forseglet, og da kan den som har tilgang til filen, skrive den om.</source>
        <translation>Everything you confirm in Postvakt is recorded here, with the time, user and workspace. The entries are chained together and sealed with a key in the keyring on this computer, so a changed or deleted entry is detected. On its own, the log cannot show that someone has removed the newest entries or put back an older copy of the whole file. The checkpoint in an exported file shows that: postvakt-cli audit verify --mot FILE. Without a keyring the log is not sealed, and then anyone with access to the file can rewrite it.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>Vis arbeidsflater</source>
        <translation>Show workspaces</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+14"/>
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
        <location line="+46"/>
        <source>⚠ ENDRET ETTERPÅ: {why}</source>
        <translation>⚠ CHANGED AFTERWARDS: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loggen er ikke hel: noen har endret eller slettet oppføringer.</source>
        <translation>The log is not intact: someone has changed or deleted entries.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+28"/>
        <source>Eksporter loggen</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loggen er eksportert</source>
        <translation>The log has been exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én oppføring er lagret i {path}.</source>
        <translation>One entry has been saved in {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} oppføringer er lagret i {path}.</source>
        <translation>{n} entries have been saved to {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loggen ble ikke lagret i {path}. Velg en mappe du kan skrive i (for eksempel Dokumenter) og prøv igjen.</source>
        <translation>The log was not saved to {path}. Choose a folder you can write to (for example Documents) and try again.</translation>
    </message>
</context>
<context>
    <name>column_mapping</name>
    <message>
        <location filename="../../desktop_app/views/column_mapping.py" line="+60"/>
        <source>Hvilken kolonne er hva?</source>
        <translation>Which column is which?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postvakt kjenner ikke igjen alle kolonnene i filen. Velg hvilken kolonne som inneholder hva. Felt merket * må velges. Valget huskes, så neste fil med de samme kolonnene leses uten å spørre.</source>
        <translation>Postvakt does not recognise all the columns in the file. Choose what each column contains. Fields marked * are required. Your choice is remembered, so the next file with the same columns is read without asking.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(ikke i filen)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bruk og husk</source>
        <translation>Use and remember</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Velg en kolonne for: {fields}.</source>
        <translation>Choose a column for: {fields}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kolonnen «{header}» er valgt to ganger. Velg den bare én gang.</source>
        <translation>The column «{header}» is chosen twice. Choose it only once.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Kolonnevalget ble ikke lagret</source>
        <translation>The column choice was not saved</translation>
    </message>
</context>
<context>
    <name>confidential_access</name>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="+32"/>
        <source>I orden</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bør sjekkes</source>
        <translation>Should be checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kan lese</source>
        <translation>No one can read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="+230"/>
        <location line="+9"/>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="+1"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="+16"/>
        <source>Lest fra Altinn {time}</source>
        <translation>Read from Altinn {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ukjent: Postvakt har ikke lest fra Altinn hvem som har tilgang for de {n} organisasjonsnumrene. Logg inn og les tilgangene, eller før dem inn.</source>
        <translation>Unknown: Postvakt has not read from Altinn who has access for the {n} organisation numbers. Log in and read the access rights, or record them by hand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen av de {n} organisasjonsnumrene Postvakt kjenner tilgangene for, har noen som kan lese taushetsbelagt post.</source>
        <translation>None of the {n} organisation numbers whose access Postvakt knows has anyone who can read confidential mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen av de {n} organisasjonsnumrene har noen som kan lese taushetsbelagt post.</source>
        <translation>None of the {n} organisation numbers has anyone who can read confidential mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{bad} av {n} organisasjonsnumre: ingen kan lese taushetsbelagt post.</source>
        <translation>{bad} of {n} organisation numbers: no one can read confidential mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle {n} organisasjonsnumre Postvakt kjenner tilgangene for, har noen som kan lese taushetsbelagt post.</source>
        <translation>All {n} organisation numbers whose access Postvakt knows have someone who can read confidential mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle {n} organisasjonsnumre har noen som kan lese taushetsbelagt post.</source>
        <translation>All {n} organisation numbers have someone who can read confidential mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warn} bør sjekkes, {ok} er i orden.</source>
        <translation>{warn} should be checked, {ok} are OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{warn} bør sjekkes.</source>
        <translation>{warn} should be checked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De andre {ok} er i orden.</source>
        <translation>The other {ok} are OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt er i orden.</source>
        <translation>Everything is OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} er ukjent: ikke lest fra Altinn ennå.</source>
        <translation>{n} are unknown: not read from Altinn yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lest fra Altinn</source>
        <translation>Read from Altinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eldste lesing fra Altinn:</source>
        <translation>Oldest reading from Altinn:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tilgangspakken</source>
        <translation>The access package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle {code}</source>
        <translation>Role {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/grant_dialog.py" line="+31"/>
        <source>Gi tilgang i Altinn</source>
        <translation>Give access in Altinn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gi {name} tilgangspakken «{package}» for {unit}. Altinn trenger fødselsnummer og etternavn. Postvakt lagrer ikke fødselsnummeret.</source>
        <translation>Give {name} the access package «{package}» for {unit}. Altinn needs the national ID number (fødselsnummer) and surname. Postvakt does not store the national ID number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>11 siffer, eller brukernavn i Altinn</source>
        <translation>11 digits, or username in Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnummer:</source>
        <translation>National ID number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etternavn:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gi tilgang</source>
        <translation>Give access</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="-151"/>
        <source>Taushetsbelagt post</source>
        <translation>Confidential mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvert organisasjonsnummer trenger minst én navngitt person som kan lese taushetsbelagt post i Altinn, og bare de med tjenstlig behov skal ha tilgangen. Ingen har den fra før, heller ikke daglig leder.</source>
        <translation>Each organisation number needs at least one named person who can read confidential mail in Altinn, and only those with a work-related need should have access. No one has it to begin with, not even the general manager (daglig leder).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Virksomhet:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+81"/>
        <source>Virksomhet</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gi tilgang til &amp;mange …</source>
        <translation>Give access to &amp;many …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én person, eller en liste, for alle eller flere organisasjonsnumre på en gang</source>
        <translation>One person, or a list, for all or several organisation numbers at once</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Oversikt</source>
        <translation>1. Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Hvem skal lese</source>
        <translation>2. Who should read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Hvem har tilgang</source>
        <translation>3. Who has access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Rutine</source>
        <translation>4. Procedure</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene for portalen.</source>
        <translation>Signed in, but Altinn does not let Postvakt do this directly: {why} Use the steps for the portal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koblet til Altinn: tilganger leses og endres direkte.</source>
        <translation>Connected to Altinn: access is read and changed directly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke logget inn i Altinn: skriv inn eller importer tilgangene, og følg stegene for portalen.</source>
        <translation>Not logged in to Altinn: enter or import the access rights, and follow the steps for the portal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="-28"/>
        <source>Vis:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumre</source>
        <translation>All organisation numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare der ingen kan lese</source>
        <translation>Only where no one can read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt som bør rettes</source>
        <translation>Everything that needs fixing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Eksporter oversikten …</source>
        <translation>Export the overview …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Som Excel (XLSX) eller CSV, til å dele med enhetene.</source>
        <translation>As Excel (XLSX) or CSV, to share with the units.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oversikt over tilgang per organisasjonsnummer</source>
        <translation>Overview of access per organisation number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser</source>
        <translation>Approved reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan lese</source>
        <translation>Can read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andre med tilgang</source>
        <translation>Others with access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsling</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hva må gjøres</source>
        <translation>What needs to be done</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Før opp hvem som skal kunne lese taushetsbelagt post for virksomheten, og hvorfor. Listen er grunnlaget for å gi og fjerne tilganger.</source>
        <translation>List who should be able to read confidential mail for the organisation, and why. The list is the basis for giving and removing access.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="+47"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+8"/>
        <source>Legg til godkjent leser</source>
        <translation>Add approved reader</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+3"/>
        <source>For eksempel Sara Holm</source>
        <translation>For example Sara Holm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>navn@kommune.no</source>
        <translation>name@kommune.no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+47 912 34 567 (valgfritt)</source>
        <translation>+47 912 34 567 (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hvem godkjente (valgfritt)</source>
        <translation>Who approved (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E-post eller brukernavn:</source>
        <translation>Email or username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent av:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="+1"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+1"/>
        <source>Legg til på godkjent-listen</source>
        <translation>Add to the approved list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+2"/>
        <source>Avbryt endringen</source>
        <translation>Cancel the change</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Godkjente lesere</source>
        <translation>Approved readers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Har tilgang i Altinn</source>
        <translation>Has access in Altinn</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endre …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hent personen opp i skjemaet over for å rette navn, adresse eller hvorfor.</source>
        <translation>Load the person into the form above to correct the name, address or reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="+80"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+4"/>
        <source>Fjern fra godkjent-listen</source>
        <translation>Remove from the approved list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="-74"/>
        <source>✖ Ingen kan lese: rød. ! Bør sjekkes: gul. ✔ I orden: grønn. «Hva må gjøres» sier hva som mangler; Enter eller dobbeltklikk på en rad åpner fanen som retter det.</source>
        <translation>✖ Nobody can read: red. ! Should be checked: yellow. ✔ In order: green. «What needs to be done» says what is missing; Enter or a double click on a row opens the tab that fixes it.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gi tilgang …</source>
        <translation>Give access …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tilgang</source>
        <translation>Access</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>På godkjent-listen</source>
        <translation>On the approved list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Les tilganger fra Altinn</source>
        <translation>Read access from Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer liste …</source>
        <translation>Import list …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV eller Excel med kolonnene Organisasjonsnummer, Navn, E-post og Tilgang.</source>
        <translation>CSV or Excel with the columns Organisasjonsnummer, Navn, E-post and Tilgang (org. no., name, email and access).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern tilgang …</source>
        <translation>Remove access …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sett på godkjent-listen …</source>
        <translation>Put on the approved list …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For en som har tilgang og skal beholde den.</source>
        <translation>For someone who has access and should keep it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skriv inn en som har tilgang (sett i Altinn)</source>
        <translation>Enter someone who has access (seen in Altinn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangspakken «{p}»</source>
        <translation>The access package «{p}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eldre rolle {code}</source>
        <translation>Older role {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-post:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang:</source>
        <translation>Access:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Svarene under blir en rutine for å gi og gå gjennom tilganger, som dere kan dele som PDF eller ODT (åpnes i Word og LibreOffice).</source>
        <translation>The answers below become a procedure for giving and reviewing access, which you can share as PDF or ODT (opens in Word and LibreOffice).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For eksempel kommunedirektør</source>
        <translation>For example chief municipal executive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel IT-koordinator</source>
        <translation>For example IT coordinator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvem godkjenner (stilling):</source>
        <translation>Who approves (job title):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på den som godkjenner:</source>
        <translation>Name of the person who approves:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem gir tilgangen i Altinn:</source>
        <translation>Who gives access in Altinn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå gjennom tilgangene hver:</source>
        <translation>Review access every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem går gjennom:</source>
        <translation>Who reviews:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknader:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre rutinen</source>
        <translation>Save the procedure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter som PDF …</source>
        <translation>Export as PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter som ODT …</source>
        <translation>Export as ODT …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrer gjennomgang i dag</source>
        <translation>Record review today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="+23"/>
        <source>Tilgangene ble ikke lest inn</source>
        <translation>Access was not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="-53"/>
        <source>Arbeidsflaten har ingen virksomheter ennå. Legg dem til under Virksomheter.</source>
        <translation>The workspace has no organisations yet. Add them under Organisations.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="+38"/>
        <location line="+62"/>
        <location line="+15"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (via hovedenheten)</source>
        <translation> (via the main entity)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} til</source>
        <translation>{n} more</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nei, ikke ennå</source>
        <translation>No, not yet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nei: fjern eller godkjenn</source>
        <translation>No: remove or approve</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rutinen er ikke lagret ennå. Fyll inn og trykk «Lagre rutinen».</source>
        <translation>The procedure has not been saved yet. Fill it in and press «Save the procedure».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Siste gjennomgang: {d}.</source>
        <translation>Last review: {d}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neste gjennomgang: {d}.</source>
        <translation>Next review: {d}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gjennomgangen er forfalt: gå gjennom tilgangene nå.</source>
        <translation>The review is overdue: review the access now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="-91"/>
        <source>Endre godkjent leser: {name}</source>
        <translation>Edit approved reader: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre endringen</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Fjerne {name} fra godkjent-listen for {unit}? Tilgangen i Altinn fjernes ikke av dette.</source>
        <translation>Remove {name} from the approved list for {unit}? This does not remove the access in Altinn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Velg hvorfor {name} skal ha tilgangen, og trykk «Legg til på godkjent-listen».</source>
        <translation>Choose why {name} should have access, and press «Add to the approved list».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importer liste over tilganger</source>
        <translation>Import list of access rights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Reading «{name}» …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 tilgang lest inn fra «{name}».</source>
        <translation>1 access read from «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tilganger lest inn fra «{name}».</source>
        <translation>{n} access rights read from «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 linje ble hoppet over:</source>
        <translation>1 line was skipped:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} linjer ble hoppet over:</source>
        <translation>{n} lines were skipped:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen ble ikke lest inn.</source>
        <translation>The list was not read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen ble ikke lest inn</source>
        <translation>The list was not read</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leser tilganger fra Altinn …</source>
        <translation>Reading access from Altinn …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilgangene er lest for {ok} virksomheter. Ikke lest for:</source>
        <translation>Access has been read for {ok} organisations. Not read for:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tilgangene er lest fra Altinn.</source>
        <translation>Access has been read from Altinn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangene ble ikke lest fra Altinn</source>
        <translation>Access was not read from Altinn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gi tilgang i Altinn-portalen</source>
        <translation>Give access in the Altinn portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du er ikke logget inn i Altinn fra Postvakt. Følg stegene til høyre for å gi {name} tilgangen, og før den opp her etterpå.</source>
        <translation>You are not logged in to Altinn from Postvakt. Follow the steps on the right to give {name} access, and record it here afterwards.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tilgangen ble ikke gitt</source>
        <translation>Access was not given</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fjerne tilgangen til taushetsbelagt post for {name} i {unit}? Altinn fjerner den med en gang, og {name} ser ikke lenger posten.</source>
        <translation>Remove access to confidential mail for {name} in {unit}? Altinn removes it immediately, and {name} will no longer see the mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Har du fjernet tilgangen for {name} i {unit} i Altinn-portalen? Da fjernes {name} fra listen her. (Stegene står til høyre.)</source>
        <translation>Have you removed access for {name} in {unit} in the Altinn portal? If so, {name} is removed from the list here. (The steps are on the right.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tilgangen ble ikke fjernet</source>
        <translation>Access was not removed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjern tilgang</source>
        <translation>Remove access</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/routine.py" line="+30"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eksporter oversikten</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Oversikten ({n} organisasjonsnumre) er lagret i {path}.</source>
        <translation>The overview ({n} organisation numbers) has been saved in {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oversikten ble ikke eksportert</source>
        <translation>The overview was not exported</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lagre rutinen først.</source>
        <translation>Save the procedure first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument-tekst (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter rutinen</source>
        <translation>Export the procedure</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../desktop_app/wizards/printouts.py" line="+75"/>
        <source>Rutine for taushetsbelagt post</source>
        <translation>Procedure for confidential mail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rutinen er lagret i {path}.</source>
        <translation>The procedure has been saved in {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutinen ble ikke eksportert</source>
        <translation>The procedure was not exported</translation>
    </message>
</context>
<context>
    <name>contactability</name>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/contactability.py" line="+66"/>
        <source>e-post</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fødselsnummer</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital postkasse</source>
        <translation>Digital mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor ikke</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+9"/>
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
        <location line="+3"/>
        <source>Har du en liste eksportert fra Kontaktregisteret, kan du lese den inn her (CSV, Excel eller JSON).</source>
        <translation>If you have a list exported from Kontaktregisteret, you can read it in here (CSV, Excel or JSON).</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
        <source>Fødselsnumre er personopplysninger. Vis dem bare når du trenger det, og ikke når andre ser skjermen.</source>
        <translation>National ID numbers are personal data. Show them only when you need to, and not when others can see the screen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Oppslag krever Maskinporten-tilgang til Kontaktregisteret (legg inn nøkkelen i Innstillinger). Du kan importere en liste i stedet.</source>
        <translation>Lookups need Maskinporten access to Kontaktregisteret (add the key in Settings). You can import a list instead.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ingen fødselsnumre</source>
        <translation>No national ID numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lim inn minst ett gyldig fødselsnummer (11 siffer), ett per linje.</source>
        <translation>Paste at least one valid national ID number (11 digits), one per line.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Oppslaget ble stoppet fordi du byttet miljø. Slå opp på nytt for å spørre Kontaktregisteret i det nye miljøet.</source>
        <translation>The lookup was stopped because you changed environment. Look up again to query Kontaktregisteret in the new environment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slår opp %v av %m …</source>
        <translation>Looking up %v of %m …</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Oppslaget ble ikke gjort</source>
        <translation>The lookup was not made</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importer liste fra Kontaktregisteret</source>
        <translation>Import list from Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods *.json);;Alle filer (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.xls *.ods *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leser «{name}» …</source>
        <translation>Reading “{name}” …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listen ble ikke lest inn</source>
        <translation>The list was not read in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} fra {source}: {email} kan varsles på e-post, {sms} på SMS, {nobody} kan ikke varsles.</source>
        <translation>{people} from {source}: {email} can be notified by email, {sms} by SMS, {nobody} cannot be notified.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} har en adresse som er eldre enn 18 måneder; den brukes ikke til varsler etter § 8.</source>
        <translation>{n} have an address older than 18 months; it is not used for § 8 notifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} har reservert seg og får brevet på papir.</source>
        <translation>{n} have opted out and get the letter on paper.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 linje ble hoppet over. De andre er med:</source>
        <translation>1 line was skipped. The others are included:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} linjer ble hoppet over. De andre er med:</source>
        <translation>{n} lines were skipped. The others are included:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linje {line}: </source>
        <translation>Line {line}: </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desktop_app/views/dashboard.py" line="+135"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbeidsflate</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taushetsbelagt post</source>
        <translation>Confidential mail</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>DPI-oppsett</source>
        <translation>DPI setup</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+1"/>
        <source>Innlogging</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åpne DPI-oppsett</source>
        <translation>Open DPI setup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne Taushetsbelagt post</source>
        <translation>Open Confidential mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varsling</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Varsling</source>
        <translation>Open Notifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uåpnet post</source>
        <translation>Unopened mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Uåpnet post</source>
        <translation>Open Unopened mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutine for tilganger</source>
        <translation>Access procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne rutinen</source>
        <translation>Open the procedure</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Fast kontroll</source>
        <translation>Scheduled check</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+140"/>
        <source>Åpne fast kontroll</source>
        <translation>Open scheduled check</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Dette er en øvingskommune med oppdiktede data, så du kan se deg om uten å gjøre noe i ekte tjenester. Når du er klar, lager du en arbeidsflate for din egen kommune.</source>
        <translation>This is a practice municipality with made-up data, so you can look around without doing anything in real services. When you are ready, create a workspace for your own municipality.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lag arbeidsflate for din kommune …</source>
        <translation>Create a workspace for your municipality…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ingen valgt</source>
        <translation>None selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <location line="+2"/>
        <source>Lag eller velg en arbeidsflate.</source>
        <translation>Create or choose a workspace.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Org.nr {orgnr}</source>
        <translation>Org. no. {orgnr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>øvingsdata</source>
        <translation>practice data</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sett opp fast kontroll</source>
        <translation>Set up scheduled check</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tilgangene er ikke lest fra Altinn ennå. Se Taushetsbelagt post.</source>
        <translation>Access has not been read from Altinn yet. See Confidential mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} av {total} uten leser</source>
        <translation>{n} of {total} without a reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisasjonsnumre der ingen kan lese taushetsbelagt post. Se Taushetsbelagt post.</source>
        <translation>organisation numbers where no one can read confidential mail. See Confidential mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} av {total} har leser</source>
        <translation>{n} of {total} have a reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+9"/>
        <source>{n} er ukjent: ikke lest fra Altinn ennå.</source>
        <translation>{n} are unknown: not read from Altinn yet.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Alle {total} har leser</source>
        <translation>All {total} have a reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumre har minst én som kan lese taushetsbelagt post.</source>
        <translation>All organisation numbers have at least one person who can read confidential mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} bør sjekkes (se Taushetsbelagt post).</source>
        <translation>{n} should be checked (see Confidential mail).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Varslingsadressene er ikke lest fra Altinn ennå. Logg inn, eller før dem inn under Varsling.</source>
        <translation>The notification addresses have not been read from Altinn yet. Sign in, or record them by hand under Notifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisasjonsnumre der ingen får beskjed om ny post.</source>
        <translation>organisation numbers where no one is told about new mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} av {total} uten adresse</source>
        <translation>{n} of {total} without an address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} av {total} har adresse</source>
        <translation>{n} of {total} have an address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle {total} har adresse</source>
        <translation>All {total} have an address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumre har minst én varslingsadresse.</source>
        <translation>All organisation numbers have at least one notification address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ikke sjekket</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekk om taushetsbelagte brev fra SvarUt er uåpnet, med en eksport fra SvarUt.</source>
        <translation>Check whether confidential letters from SvarUt are unopened, using an export from SvarUt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} brev i fare</source>
        <translation>{n} letters at risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uåpnede brev ved siste kontroll {day}. Følg dem opp under Uåpnet post.</source>
        <translation>unopened letters at the last check on {day}. Follow them up under Unopened mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen brev i fare</source>
        <translation>No letters at risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ved siste kontroll {day}.</source>
        <translation>at the last check on {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ikke laget</source>
        <translation>Not created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutinen for tilganger er ikke laget ennå. Den lages på siste fane under Taushetsbelagt post.</source>
        <translation>The access procedure has not been created yet. It is created on the last tab under Confidential mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gjennomgang forfalt</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjennomgang av tilgangene var planlagt {d}: den er forfalt.</source>
        <translation>A review of access was planned for {d}: it is overdue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I rute</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neste gjennomgang: {d}.</source>
        <translation>Next review: {d}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laget</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke logget inn</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logg inn, så leser Postvakt tilganger og varslingsadresser fra Altinn for alle virksomhetene.</source>
        <translation>Sign in, and Postvakt will read access and notification addresses from Altinn for all the organisations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logget inn som {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{env}, til {end}.</source>
        <translation>{env}, until {end}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>organisasjonsnummer i arbeidsflaten (kommunen selv)</source>
        <translation>organisation number in the workspace (the municipality itself)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisasjonsnumre i arbeidsflaten (inkludert kommunen selv)</source>
        <translation>organisation numbers in the workspace (including the municipality itself)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppføring, kontrollert og uendret</source>
        <translation>entry, checked and unchanged</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nøkkelringen er ikke tilgjengelig: {why}</source>
        <translation>The keyring is not available: {why}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Alle {n} steg er bekreftet.</source>
        <translation>All {n} steps are confirmed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} av {total} steg bekreftet. Eldste åpne steg: {step}.</source>
        <translation>{done} of {total} steps confirmed. Oldest open step: {step}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital postkasse til innbyggere via SvarUt: {n} steg.</source>
        <translation>Digital postkasse til innbyggere (digital mailbox for residents) via SvarUt: {n} steps.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} avvik</source>
        <translation>{n} discrepancies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen har endret eller slettet oppføringer i loggen. Se Logg.</source>
        <translation>Someone has changed or deleted entries in the log. See Log.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppføringer, alle kontrollert og uendret</source>
        <translation>entries, all checked and unchanged</translation>
    </message>
</context>
<context>
    <name>date_field</name>
    <message>
        <location filename="../../desktop_app/views/date_field.py" line="+74"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv datoen som dd.mm.åååå, eller trykk Alt+Pil ned (F4) for kalenderen.</source>
        <translation>Enter the date as dd.mm.yyyy, or press Alt+Down arrow (F4) for the calendar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kalender …</source>
        <translation>Calendar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: velg i kalender</source>
        <translation>{what}: choose in calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: i dag</source>
        <translation>{what}: today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tøm</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: tøm</source>
        <translation>{what}: clear</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop_app/views/dialogs.py" line="+43"/>
        <source>Noe uventet gikk galt. Arbeidet som alt er gjort, er lagret. Prøv igjen; skjer det igjen, send loggfilen til IT-avdelingen: {path}</source>
        <translation>Something unexpected went wrong. The work already done has been saved. Try again; if it happens again, send the log file to the IT department: {path}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Det gikk ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <source>Virksomheter oppdatert fra Enhetsregisteret</source>
        <translation>Organisations updated from Enhetsregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste med virksomheter importert</source>
        <translation>List of organisations imported</translation>
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
        <source>Oppføringer skrevet uten nøkkelring forseglet i ettertid</source>
        <translation>Entries written without the keyring sealed afterwards</translation>
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
        <source>Kontroll oppdatert med status fra SvarUt</source>
        <translation>Check updated with status from SvarUt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrolliste lagret</source>
        <translation>Checklist saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sammendrag av kontroll skrevet ut</source>
        <translation>Summary of check printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging registrert</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kolonnekobling lagret</source>
        <translation>Column mapping saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølgingsbrev lagret</source>
        <translation>Follow-up letter saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølgingsbrev eksportert</source>
        <translation>Follow-up letter exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen innboks sjekket</source>
        <translation>Own inbox checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status hentet fra SvarUt</source>
        <translation>Status fetched from SvarUt</translation>
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
        <source>Godkjent leser lagt til (taushetsbelagt post)</source>
        <translation>Approved reader added (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser fjernet (taushetsbelagt post)</source>
        <translation>Approved reader removed (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser endret (taushetsbelagt post)</source>
        <translation>Approved reader changed (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang ført opp for hånd (taushetsbelagt post)</source>
        <translation>Access recorded manually (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilganger importert (taushetsbelagt post)</source>
        <translation>Access rights imported (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilganger lest fra Altinn (taushetsbelagt post)</source>
        <translation>Access read from Altinn (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilganger lest fra Altinn-portalens nedlasting (taushetsbelagt post)</source>
        <translation>Access read from the Altinn portal&apos;s download (confidential post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang gitt (taushetsbelagt post)</source>
        <translation>Access given (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang fjernet (taushetsbelagt post)</source>
        <translation>Access removed (confidential mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversikt over tilganger eksportert</source>
        <translation>Access overview exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutine for tilganger lagret</source>
        <translation>Access procedure saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutine for tilganger eksportert</source>
        <translation>Access procedure exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutine for tilganger skrevet ut</source>
        <translation>Access routine printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjennomgang av tilganger registrert</source>
        <translation>Access review recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse lagt til</source>
        <translation>Notification address added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse endret</source>
        <translation>Notification address changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse fjernet</source>
        <translation>Notification address removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresser lest fra Altinn</source>
        <translation>Notification addresses read from Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logget inn med ID-porten</source>
        <translation>Logged in with ID-porten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logget ut</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn-API ikke tilgjengelig: veiledning i portalen brukt</source>
        <translation>Altinn API not available: guidance in the portal used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-oppsummering lagret</source>
        <translation>DPI summary saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-oppsummering skrevet ut</source>
        <translation>DPI summary printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppgave til daglig leder laget</source>
        <translation>Task for the general manager created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittering for en oppgave lagret</source>
        <translation>Receipt for a task saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittering for en oppgave ført i loggen</source>
        <translation>Receipt for a task recorded in the log</translation>
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
        <source>971 032 146 er KS-Kommunesektorens organisasjon, som kommunen gir retten til å sende DPI. Skriv inn kommunens eget organisasjonsnummer.</source>
        <translation>971 032 146 is KS (the municipal sector&apos;s organisation), which the municipality gives the right to send DPI. Enter the municipality&apos;s own organisation number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetsregisteret kjenner ikke dette organisasjonsnummeret som hovedenhet. Sjekk nummeret. Du kan likevel opprette arbeidsflaten.</source>
        <translation>The Central Coordinating Register does not know this organisation number as a main unit. Check the number. You can still create the workspace.</translation>
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
        <source>Post til virksomheten med taushetsbelagt innhold</source>
        <translation>Mail to the organisation with confidential content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnevern</source>
        <translation>Child welfare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helse og omsorg</source>
        <translation>Health and care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skole og oppvekst</source>
        <translation>Schools and childhood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrasjon</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn</source>
        <translation>Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ført inn for hånd</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importert</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn-portalens nedlasting</source>
        <translation>The Altinn portal&apos;s download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen varslingsadresse</source>
        <translation>No notification address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressen tilhører ingen godkjent leser</source>
        <translation>The address does not belong to any approved reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsles uten å kunne lese</source>
        <translation>Notified without being able to read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I orden</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bør sjekkes</source>
        <translation>Should be checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kan lese</source>
        <translation>No one can read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil (SMS)</source>
        <translation>Mobile (SMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent: ikke lest fra Altinn ennå. Les tilgangene, eller før dem inn.</source>
        <translation>Unknown: not read from Altinn yet. Read the access rights, or enter them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadressene er ikke lest fra Altinn ennå.</source>
        <translation>The notification addresses have not been read from Altinn yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi tilgang</source>
        <translation>Give access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern tilgang</source>
        <translation>Remove access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til varslingsadresse</source>
        <translation>Add notification address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern varslingsadresse</source>
        <translation>Remove notification address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke startet</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I gang</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lest tilbake fra Altinn av Postvakt</source>
        <translation>Read back from Altinn by Postvakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekreftet for hånd av brukeren</source>
        <translation>Confirmed manually by the user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekreftet for hånd, med vedlegg som dokumentasjon</source>
        <translation>Confirmed manually, with attachment as documentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn mangler koblingen mellom kommunen og KS. Postvakt legger den til først; prøv igjen, eller gjør delegeringen selv i Altinn.</source>
        <translation>Altinn is missing the link between the municipality and KS. Postvakt adds it first; try again, or do the delegation yourself in Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn fant ikke kommunen eller KS som part. Sjekk at du representerer riktig organisasjonsnummer i Altinn.</source>
        <translation>Altinn did not find the municipality or KS as a party. Check that you are representing the correct organisation number in Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn tror mottakeren er en person. Delegeringen skal gå til virksomheten KS (org.nr 971 032 146).</source>
        <translation>Altinn thinks the recipient is a person. The delegation should go to the organisation KS (org. no. 971 032 146).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn har stoppet oppslag en stund fordi det var for mange feil. Vent noen minutter og prøv igjen.</source>
        <translation>Altinn has paused lookups for a while because there were too many errors. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn kjenner ikke DPI-retten slik Postvakt ba om den. Gjør delegeringen selv i Altinn med stegene på denne siden.</source>
        <translation>Altinn does not recognise the DPI right in the form Postvakt requested it. Do the delegation yourself in Altinn using the steps on this page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har ikke lov til å delegere denne fullmakten til KS for kommunen. Daglig leder, eller noen som har tilgangspakkene «Maskinporten administrator» og en pakke under området «Integrasjoner», må gjøre det.</source>
        <translation>You are not allowed to delegate this authorisation to KS for the municipality. The general manager, or someone with the access packages «Maskinporten administrator» and a package in the «Integrasjoner» (Integrations) area, must do it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn klarte ikke å lagre delegeringen. Prøv igjen om litt.</source>
        <translation>Altinn could not save the delegation. Please try again shortly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn kjenner ikke tilgangspakken Postvakt ba om. Gjør delegeringen selv i Altinn.</source>
        <translation>Altinn does not recognise the access package Postvakt asked for. Do the delegation yourself in Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denne retten kan ikke delegeres fra denne typen virksomhet. Sjekk at du representerer kommunen selv (hovedenheten).</source>
        <translation>This right cannot be delegated from this type of organisation. Check that you are representing the municipality itself (the main entity).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-retten kan ikke delegeres akkurat nå. Gjør det selv i Altinn med stegene på denne siden, eller spør Digdir.</source>
        <translation>The DPI right cannot be delegated right now. Do it yourself in Altinn using the steps on this page, or ask Digdir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn fant ikke fødselsnummeret. Sjekk at personen er riktig skrevet.</source>
        <translation>Altinn could not find the national ID number. Check that the person&apos;s details are entered correctly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS er lagt til som leverandør for kommunen.</source>
        <translation>KS has been added as a supplier for the municipality.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn sier at du kan delegere DPI-retten.</source>
        <translation>Altinn says you can delegate the DPI right.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-retten er delegert til KS.</source>
        <translation>The DPI right has been delegated to KS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn bekrefter at KS har DPI-retten.</source>
        <translation>Altinn confirms that KS has the DPI right.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS har fått DPI-retten, og Altinn har bekreftet det.</source>
        <translation>KS has been given the DPI right, and Altinn has confirmed it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn viser ikke at KS har DPI-retten ennå. Vent et minutt og prøv igjen, eller sjekk selv i Altinn.</source>
        <translation>Altinn does not show that KS has the DPI right yet. Wait a minute and try again, or check for yourself in Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt fikk ikke gjort dette i Altinn. Gjør det selv i Altinn med stegene på denne siden; det tar et par minutter.</source>
        <translation>Postvakt could not do this in Altinn. Do it yourself in Altinn using the steps on this page; it takes a couple of minutes.</translation>
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
    <name>domain_text</name>
    <message>
        <location filename="../../desktop_app/views/domain_text.py" line="+35"/>
        <source>og {n} til</source>
        <translation>and {n} more</translation>
    </message>
</context>
<context>
    <name>dpi_onboarding</name>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/seams.py" line="+25"/>
        <source>Velg skjermbilde eller kvittering</source>
        <translation>Choose a screenshot or receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bilder og dokumenter (*.png *.jpg *.jpeg *.pdf *.gif *.bmp *.webp);;Alle filer (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.pdf *.gif *.bmp *.webp);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre oppsummeringen</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/widgets.py" line="+113"/>
        <location line="+16"/>
        <source>Kopier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Kopier {what}</source>
        <translation>Copy {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kopiert ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/overview.py" line="+41"/>
        <source>Slik tar kommunen i bruk digital post til innbyggere</source>
        <translation>How the municipality starts sending digital mail to residents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Med Digital postkasse til innbyggere (DPI) kan SvarUt sende brev rett til innbyggernes e-Boks eller Digipost. Det krever sju steg. Postvakt viser deg hva du skal gjøre i hvert steg, og du krysser av når det er gjort.</source>
        <translation>With Digital postkasse til innbyggere (DPI, the digital mailbox for residents), SvarUt can send letters straight to residents&apos; e-Boks or Digipost. It takes seven steps. Postvakt shows you what to do in each step, and you tick it off when it is done.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Klikk på et steg for å gå rett dit.</source>
        <translation>Click a step to go straight to it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du kan ta pause når som helst. Alt du skriver, lagres med en gang, og neste gang du åpner DPI-oppsett, kommer du tilbake dit du var. Noen steg venter på svar fra andre; da går du videre og kommer tilbake senere.</source>
        <translation>You can take a break at any time. Everything you enter is saved straight away, and the next time you open DPI setup, you will return to where you left off. Some steps wait for replies from others; you can move on and come back later.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ferdig: alle {n} stegene er bekreftet.</source>
        <translation>Finished: all {n} steps are confirmed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke startet. Trykk «Neste» for å begynne med steg 1.</source>
        <translation>Not started. Press «Next» to begin with step 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I gang: {done} av {total} steg er bekreftet. Eldste steg som gjenstår: {title}.</source>
        <translation>In progress: {done} of {total} steps are confirmed. Oldest remaining step: {title}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bekreftet {date}</source>
        <translation>confirmed {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påbegynt</source>
        <translation>started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ikke gjort</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/step_page.py" line="+69"/>
        <source>Steg {n} av {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Du øver nå. Lenkene på denne siden åpner de ekte nettsidene: gjør bare noe der når det gjelder din egen kommune.</source>
        <translation>You are practising. The links on this page open the real websites: only do something there if it concerns your own municipality.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Det du har gjort</source>
        <translation>What you have done</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Veiledningen er ikke kontrollert mot nettsidene.</source>
        <translation>The guidance has not been checked against the websites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sist kontrollert {date}.</source>
        <translation>Last checked {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nettsidene kan ha endret seg siden; se etter de samme ordene.</source>
        <translation>The websites may have changed since; look for the same words.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Vis to eldre måter (fra tiden før Altinn 3)</source>
        <translation>Show two older ways (from before Altinn 3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Du har endret noe i et steg som er bekreftet. Trykk «Bekreft på nytt» for å lagre endringen; ellers gjelder det som ble bekreftet.</source>
        <translation>You have changed something in a step that is confirmed. Press «Confirm again» to save the change; otherwise, what was confirmed still applies.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Det du skrev, ble ikke lagret</source>
        <translation>What you entered was not saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>Bekreft steget</source>
        <translation>Confirm step</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Bekreftet {date} av {who}. {how}.</source>
        <translation>Confirmed {date} by {who}. {how}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bekreft på nytt</source>
        <translation>Confirm again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke bekreftet ennå. Det du har skrevet, er lagret. Trykk «Bekreft steget» når steget er gjort.</source>
        <translation>Not confirmed yet. What you have entered is saved. Press «Confirm step» when the step is done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/steps.py" line="+34"/>
        <source>Kommunen er ny avsender av digital post</source>
        <translation>The municipality is a new sender of digital mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skjemaet for DPI er sendt</source>
        <translation>The DPI form has been sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen e-posten ble sendt</source>
        <translation>Date the email was sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel: «Kommunen er opprettet som avsender» (svar fra Digdir 12.11.2026)</source>
        <translation>For example: «The municipality has been set up as a sender» (reply from Digdir 12.11.2026)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Svar fra Digdir</source>
        <translation>Reply from Digdir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-posten ble sendt:</source>
        <translation>Email sent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar fra Digdir:</source>
        <translation>Reply from Digdir:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Datoen bruksvilkårene ble signert</source>
        <translation>Date the terms of use were signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn på den som signerte</source>
        <translation>Name of the person who signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem signerte</source>
        <translation>Who signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signert:</source>
        <translation>Signed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signert av:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/delegation.py" line="+52"/>
        <source>Hvem kan gjøre dette?</source>
        <translation>Who can do this?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ja, jeg er daglig leder</source>
        <translation>Yes, I am the general manager (daglig leder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nei, men jeg har fått rett til å delegere API-tilganger i Altinn for kommunen</source>
        <translation>No, but I have been given the right to delegate API access in Altinn for the municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nei, og jeg har ikke den retten</source>
        <translation>No, and I do not have that right</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Da må daglig leder gjøre dette steget, eller gi deg tilgangspakkene «Maskinporten administrator» og en pakke under området «Integrasjoner» i Altinn. Vis daglig leder denne siden. Du kan gå videre til de andre stegene i mellomtiden.</source>
        <translation>Then the general manager must do this step, or give you the access packages «Maskinporten administrator» and a package in the «Integrasjoner» (Integrations) area in Altinn. Show this page to the general manager. You can go on to the other steps in the meantime.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Til &amp;daglig leder …</source>
        <translation>To the &amp;general manager …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag et brev, et e-postutkast og en oppgavefil med alt daglig leder trenger for dette steget</source>
        <translation>Create a letter, an email draft and a task file with everything the general manager needs for this step</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gi KS retten nå</source>
        <translation>Give KS the right now</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Slik gjør du det selv i Altinn</source>
        <translation>How to do it yourself in Altinn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slår opp daglig leder i Enhetsregisteret …</source>
        <translation>Looking up the general manager in Enhetsregisteret …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ifølge Enhetsregisteret er daglig leder i kommunen: {name}. Er det deg?</source>
        <translation>According to Enhetsregisteret, the municipality&apos;s general manager is: {name}. Is that you?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postvakt fikk ikke slått opp daglig leder i Enhetsregisteret akkurat nå. Er du daglig leder i kommunen?</source>
        <translation>Postvakt could not look up the general manager in Enhetsregisteret right now. Are you the municipality&apos;s general manager?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daglig leder eller den som har rett til å delegere API-tilganger i Altinn, gjør dette. Er du daglig leder i kommunen?</source>
        <translation>The general manager, or someone with the right to delegate API access in Altinn, does this. Are you the municipality&apos;s general manager?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enhetsregisteret har ingen daglig leder registrert for kommunen. Er du daglig leder, eller har du fått rett til å delegere i Altinn?</source>
        <translation>Enhetsregisteret has no general manager registered for the municipality. Are you the general manager, or have you been given the right to delegate in Altinn?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postvakt kan gjøre det for deg når du er logget inn</source>
        <translation>Postvakt can do it for you when you are signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du er ikke logget inn i Altinn gjennom Postvakt. Logg inn, så kan Postvakt gjøre dette for deg, eller gjør det selv i Altinn med stegene under; det tar noen minutter.</source>
        <translation>You are not logged in to Altinn through Postvakt. Log in, and Postvakt can do this for you, or do it yourself in Altinn using the steps below; it takes a few minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La Postvakt gjøre det i Altinn</source>
        <translation>Let Postvakt do it in Altinn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postvakt har gitt {ks} (org.nr {orgnr}) retten i Altinn og lest den tilbake. Du trenger ikke gjøre mer i dette steget.</source>
        <translation>Postvakt has given {ks} (org. no. {orgnr}) the right in Altinn and read it back. You do not need to do anything more in this step.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Du er logget inn. Postvakt kan gi {ks} (org.nr {orgnr}) retten for kommunen i Altinn, og så lese den tilbake for å kontrollere at den er på plass.</source>
        <translation>You are signed in. Postvakt can give {ks} (org. no. {orgnr}) the right for the municipality in Altinn, and then read it back to check that it is in place.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Arbeider i Altinn …</source>
        <translation>Working in Altinn …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Du kan gjøre det selv i Altinn med stegene under, og så bekrefte her.</source>
        <translation>You can do it yourself in Altinn using the steps below, and then confirm here.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Navn på den som gjorde det i Altinn</source>
        <translation>Name of the person who did it in Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utført av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jeg har sett i Altinn at {ks} står oppført med retten</source>
        <translation>I have seen in Altinn that {ks} is listed with the right</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Ingen fil valgt (valgfritt).</source>
        <translation>No file chosen (optional).</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Legg ved skjermbilde eller kvittering …</source>
        <translation>Attach a screenshot or receipt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utført av:</source>
        <translation>Done by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokumentasjon:</source>
        <translation>Documentation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Et skjermbilde av Altinn-siden som viser KS med retten, er god dokumentasjon. Postvakt tar vare på en kopi og et fingeravtrykk (SHA-256) av filen.</source>
        <translation>A screenshot of the Altinn page showing KS with the right is good documentation. Postvakt keeps a copy and a fingerprint (SHA-256) of the file.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Valgt: {name}. Lagres når du bekrefter.</source>
        <translation>Chosen: {name}. Saved when you confirm.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lagret: {name} (SHA-256 {sha}…)</source>
        <translation>Saved: {name} (SHA-256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/steps.py" line="+14"/>
        <source>Datoen DPI ble slått på i SvarUt</source>
        <translation>Date DPI was turned on in SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navnet på avsenderkontoen (valgfritt)</source>
        <translation>Name of the sender account (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsenderkonto</source>
        <translation>Sender account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teksten dere la inn, om noen (valgfritt)</source>
        <translation>The text you entered, if any (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen tekst i meldingsboksen</source>
        <translation>Custom text in the message box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens organisasjonsnummer og navn er lagt inn</source>
        <translation>The municipality&apos;s organisation number and name have been entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feltet «avsenderindikator» står tomt (eller er fylt ut etter avtale med Digdir)</source>
        <translation>The «avsenderindikator» (sender indicator) field is empty (or filled in as agreed with Digdir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slått på:</source>
        <translation>Turned on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsenderkonto:</source>
        <translation>Sender account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen tekst:</source>
        <translation>Custom text:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>For eksempel: sak 2026/123 i arkivsystemet</source>
        <translation>For example: case 2026/123 in the records system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor ROS-analysen er arkivert</source>
        <translation>Where the ROS-analyse is filed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen ROS-analysen ble godkjent</source>
        <translation>Date the ROS-analyse was approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arkivert i:</source>
        <translation>Filed in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent:</source>
        <translation>Approved:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Anslag</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brev per år</source>
        <translation>Letters per year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel 0,80</source>
        <translation>For example 0.80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris per brev i kroner</source>
        <translation>Price per letter in kroner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den som har budsjettet, vet hva hvert brev koster</source>
        <translation>The budget holder knows what each letter costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brev per år til e-Boks og Digipost:</source>
        <translation>Letters per year to e-Boks and Digipost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris per brev (kr):</source>
        <translation>Price per letter (NOK):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anslag per år:</source>
        <translation>Estimate per year:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriv prisen som et tall, for eksempel 0,80.</source>
        <translation>Enter the price as a number, for example 0.80.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ca. {amount} per år</source>
        <translation>approx. {amount} per year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fyll inn antall brev og pris.</source>
        <translation>Enter the number of letters and the price.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/overview.py" line="+14"/>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lagre en oppsummering som PDF for arkivet og ROS-dokumentasjonen. Den viser datoene, hvem som gjorde hva, og hvordan hvert steg er kontrollert.</source>
        <translation>Save a summary as a PDF for the archive and the ROS documentation (risk and vulnerability analysis). It shows the dates, who did what, and how each step was checked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre oppsummering som PDF …</source>
        <translation>Save summary as PDF …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alt er gjort. Kommunen er klar til å sende digital post til innbyggere gjennom SvarUt.</source>
        <translation>Everything is done. The municipality is ready to send digital mail to residents through SvarUt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} av {total} steg er ikke bekreftet ennå (○ og ◐ i listen). Klikk på et steg for å gå dit, eller kom tilbake senere; alt er lagret.</source>
        <translation>{n} of {total} steps are not confirmed yet (○ and ◐ in the list). Click a step to go to it, or come back later; everything is saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lagret: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/wizards/printouts.py" line="-50"/>
        <source>DPI-oppsett – {name}</source>
        <translation>DPI setup – {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF-en ble ikke lagret</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/page.py" line="+71"/>
        <source>Til oversikten</source>
        <translation>To the overview</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>DPI-oppsett</source>
        <translation>DPI setup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta i bruk Digital postkasse til innbyggere gjennom SvarUt, ett steg om gangen.</source>
        <translation>Start using Digital postkasse til innbyggere (digital mailbox for residents) through SvarUt, one step at a time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Henter veiledningen …</source>
        <translation>Loading the guidance …</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Velg eller lag en arbeidsflate for kommunen først.</source>
        <translation>Choose or create a workspace for the municipality first.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Postvakt fikk ikke lagret hvor du var</source>
        <translation>Postvakt could not save where you left off</translation>
    </message>
</context>
<context>
    <name>guide_view</name>
    <message>
        <location filename="../../desktop_app/views/guide_view.py" line="+74"/>
        <source>Stegene er ikke kontrollert mot portalen ennå. Menyene kan hete noe annet.</source>
        <translation>The steps have not been checked against the portal yet. The menus may have different names.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stegene ble sist kontrollert mot portalen {date}.</source>
        <translation>The steps were last checked against the portal on {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Menyene kan ha endret seg siden.</source>
        <translation> The menus may have changed since.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skrevet ut fra Postvakt {date}. Kryss av etter hvert som du gjør stegene.</source>
        <translation>Printed from Postvakt {date}. Tick each step as you do it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Skriv ut sjekkliste …</source>
        <translation>Print checklist …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sjekkliste: {title}</source>
        <translation>Checklist: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Veiledningen mangler. Installer Postvakt på nytt.</source>
        <translation>The guidance is missing. Reinstall Postvakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut sjekklisten for {title}</source>
        <translation>Print the checklist for {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kopier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopier {label}</source>
        <translation>Copy {label}</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../../desktop_app/views/handover.py" line="+58"/>
        <source>Velg mappen filene skal lagres i</source>
        <translation>Choose the folder to save the files in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre kvitteringen</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittering fra Postvakt (*{suffix})</source>
        <translation>Receipt from Postvakt (*{suffix})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Åpne oppgave eller kvittering</source>
        <translation>Open task or receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oppgaver og kvitteringer (*{task} *{receipt});;Alle filer (*)</source>
        <translation>Tasks and receipts (*{task} *{receipt});;All files (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Til daglig leder</source>
        <translation>To the general manager</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postvakt lager tre filer som du sender til daglig leder (eller den som har retten i Altinn): et brev på én side (PDF) med stegene, et e-postutkast med det samme og filene vedlagt, og en oppgavefil. Har daglig leder Postvakt, åpner oppgavefilen steget med alt fylt inn. Når det er gjort, får du en kvittering tilbake.</source>
        <translation>Postvakt creates three files for you to send to the general manager (or whoever has the right in Altinn): a one-page letter (PDF) with the steps, an email draft with the same content and the files attached, and a task file. If the general manager has Postvakt, the task file opens the step with everything filled in. When it is done, you get a receipt back.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fødselsnummer skrives ikke i filene. Daglig leder skriver det inn selv.</source>
        <translation>National ID numbers are not written in the files. The general manager enters them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lagres i:</source>
        <translation>Saved in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen filene lagres i</source>
        <translation>Folder the files are saved in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg &amp;mappe …</source>
        <translation>Choose &amp;folder …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Åpne &amp;e-postutkastet</source>
        <translation>Open the &amp;email draft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv ut &amp;brevet …</source>
        <translation>Print the &amp;letter …</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Lag filene</source>
        <translation>&amp;Make the files</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lager filene …</source>
        <translation>Making the files …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lagret i {folder}:
• {pdf}
• {eml}
• {task}
Send e-postutkastet til daglig leder. Kvitteringen du får tilbake, åpner du med «Fil → Åpne oppgave eller kvittering …».</source>
        <translation>Saved in {folder}:
• {pdf}
• {eml}
• {task}
Send the email draft to the general manager. Open the receipt you get back with «File → Open task or receipt …».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ingen oppgave å sende</source>
        <translation>No task to send</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logg inn i Altinn</source>
        <translation>Log in to Altinn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Oppgave fra {who}: {title} for {name} (org.nr {orgnr}). Alt er fylt inn; gjør steget under.</source>
        <translation>Task from {who}: {title} for {name} (org. no. {orgnr}). Everything is filled in; do the step below.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Logg inn i Altinn …</source>
        <translation>&amp;Log in to Altinn …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre &amp;kvittering til {who} …</source>
        <translation>Save &amp;receipt for {who} …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Du er logget inn: Postvakt kan gjøre det i Altinn for deg og lese det tilbake.</source>
        <translation>You are logged in: Postvakt can do it in Altinn for you and read it back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logg inn i Altinn, så kan Postvakt gjøre det for deg og lese det tilbake. Eller gjør det selv i Altinn med stegene under.</source>
        <translation>Log in to Altinn, and Postvakt can do it for you and read it back. Or do it yourself in Altinn using the steps below.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gjort og lest tilbake fra Altinn. Lagre kvitteringen og send den til {who}.</source>
        <translation>Done and read back from Altinn. Save the receipt and send it to {who}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kvitteringen er lagret: {path}. Send den til {who}.</source>
        <translation>The receipt has been saved: {path}. Send it to {who}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kvitteringen ble ikke lagret</source>
        <translation>The receipt was not saved</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kvittering</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} har gjort oppgaven for {name} ({when}), og Postvakt leste det tilbake fra Altinn:
{lines}

Kvitteringen er ført i loggen.</source>
        <translation>{who} has done the task for {name} ({when}), and Postvakt read it back from Altinn:
{lines}

The receipt has been recorded in the log.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Filen ble ikke åpnet</source>
        <translation>The file was not opened</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../desktop_app/views/help.py" line="+73"/>
        <source>Det finnes ingen hjelpetekst for denne siden ennå. Se «Start her» i Hjelp-menyen.</source>
        <translation>There is no help text for this page yet. See «Start here» in the Help menu.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ikke oppgitt</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hjelp: {title}</source>
        <translation>Help: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Om Postvakt</source>
        <translation>About Postvakt</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="+70"/>
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
        <location line="+1"/>
        <source>DPI-oppsett</source>
        <translation>DPI setup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taushetsbelagt post</source>
        <translation>Confidential mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsling</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uåpnet post</source>
        <translation>Unopened mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsplan</source>
        <translation>Notification plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionoversikt</source>
        <translation>Regional overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pålogging: åpner Innstillinger</source>
        <translation>Sign-in: opens Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeidsflate:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg arbeidsflate</source>
        <translation>Choose workspace</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ikke logget inn</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke logget inn. Åpne Innstillinger for å logge inn.</source>
        <translation>Not signed in. Open Settings to sign in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logget inn som {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logget inn som {name}. Åpne Innstillinger.</source>
        <translation>Signed in as {name}. Open Settings.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PRODUKSJON – endringer skjer i ekte tjenester for ekte virksomheter</source>
        <translation>PRODUCTION – changes happen in real services for real organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Miljø: {env}</source>
        <translation>Environment: {env}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Navigasjon</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+423"/>
        <source>Åpner arbeidsflaten …</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Arbeider</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>overskrift</source>
        <translation>heading</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjelp for denne siden</source>
        <translation>Help for this page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start her: daglig leder</source>
        <translation>Start here: general manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start her: IT-koordinator</source>
        <translation>Start here: IT coordinator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Om Postvakt</source>
        <translation>About Postvakt</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åpne &amp;oppgave eller kvittering …</source>
        <translation>Open &amp;task or receipt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+72"/>
        <source>Ny arbeidsflate …</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Gå til</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>PRODUKSJON</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Arbeidsflaten er klar</source>
        <translation>The workspace is ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» er opprettet og valgt.</source>
        <translation>“{name}” has been created and selected.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../desktop_app/wizards/workspaces/new_workspace.py" line="+38"/>
        <source>Enhetsregisteret sier at dette er «{name}» ({form}), ikke en kommune eller fylkeskommune. Sjekk organisasjonsnummeret. Du kan likevel opprette arbeidsflaten.</source>
        <translation>The Central Coordinating Register says this is «{name}» ({form}), not a municipality or county. Check the organisation number. You can still create the workspace.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+154"/>
        <source>Ny arbeidsflate</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>En arbeidsflate samler alt Postvakt vet om én kommune.</source>
        <translation>A workspace holds everything Postvakt knows about one municipality.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du trenger bare kommunens navn og organisasjonsnummer. Organisasjonsnummeret finner du i Enhetsregisteret (brreg.no) eller på kommunens nettsider.

Du kan ha flere arbeidsflater, for eksempel hvis du hjelper flere kommuner.</source>
        <translation>All you need is the municipality&apos;s name and organisation number. You can find the organisation number in the Central Coordinating Register for Legal Entities (brreg.no) or on the municipality&apos;s website.

You can have several workspaces, for example if you help several municipalities.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+16"/>
        <source>Gyldig organisasjonsnummer.</source>
        <translation>Valid organisation number.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Klar til å opprette</source>
        <translation>Ready to create</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Postvakt oppretter arbeidsflaten «{name}» med organisasjonsnummer {orgnr}.

Dette skrives i loggen. Trykk Fullfør for å opprette den.</source>
        <translation>Postvakt will create the workspace “{name}” with organisation number {orgnr}.

This is written to the log. Press Finish to create it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sjekker organisasjonsnummeret i Enhetsregisteret …</source>
        <translation>Checking the organisation number in Enhetsregisteret …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke sjekket i Enhetsregisteret (øvingssandkassen starter ennå).</source>
        <translation>Not checked in Enhetsregisteret (the practice sandbox is still starting).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enhetsregisteret: {name} ({form}).</source>
        <translation>Enhetsregisteret: {name} ({form}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke sjekket i Enhetsregisteret: {why} Det er ukjent om nummeret er en kommune.</source>
        <translation>Not checked in Enhetsregisteret: {why} It is not known whether the number belongs to a municipality.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Arbeidsflaten ble ikke opprettet</source>
        <translation>The workspace was not created</translation>
    </message>
</context>
<context>
    <name>notice_planner</name>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/texts.py" line="+38"/>
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
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+178"/>
        <location filename="../../desktop_app/wizards/notice_plan/table.py" line="+29"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/table.py" line="+1"/>
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
        <location line="+27"/>
        <source>Kan ikke planlegges</source>
        <translation>Cannot be planned</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../desktop_app/wizards/notice_plan/timeline.py" line="+31"/>
        <source>Tidslinje: varsler per dag</source>
        <translation>Timeline: notifications per day</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Varsler fra {first} til {last}. Flest varsler {day}: {n}.</source>
        <translation>Notifications from {first} to {last}. Most notifications on {day}: {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen varsler å vise.</source>
        <translation>No notifications to show.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{day}: {n} varsler (e-post {e}, SMS {s})</source>
        <translation>{day}: {n} notifications (email {e}, SMS {s})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ingen varsler å vise ennå.</source>
        <translation>No notifications to show yet.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Varsler per dag (pek på en stolpe for tallene)</source>
        <translation>Notifications per day (point at a bar for the figures)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="+79"/>
        <source>Varslingsplan</source>
        <translation>Notification plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se nøyaktig når hvert varsel om et digitalt brev kan gå ut, hos Digipost og e-Boks, og hvorfor. Varsler går bare på dagtid, og bare hvis brevet ikke er lest. Gjelder brev som krever varsling etter {section}.</source>
        <translation>See exactly when each notification about a digital letter can go out, with Digipost and e-Boks, and why. Notifications are only sent in the daytime, and only if the letter has not been read. Applies to letters that require notification under {section}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="-122"/>
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
        <location line="+2"/>
        <source>Dag 0 er dagen brevet kommer i postkassen. Velg 1–10 ulike dager fra 0 til 25, med komma mellom.</source>
        <translation>Day 0 is the day the letter arrives in the mailbox. Choose 1–10 different days from 0 to 25, separated by commas.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>Enkeltvedtak og andre brev der {section} krever varsel. Da anbefales dag 0 og 7 med e-post.</source>
        <translation>Individual decisions (enkeltvedtak) and other letters where {section} requires notification. Days 0 and 7 by email are then recommended.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+11"/>
        <source>Varsler sendes ukryptert. Skriv ikke navn, fødselsnummer eller hva saken gjelder.</source>
        <translation>Notifications are sent unencrypted. Do not include names, national identity numbers or what the case is about.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontroll av innstillingene</source>
        <translation>Settings check</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+3"/>
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
        <location line="+14"/>
        <source>&amp;Importer liste …</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest (dd.mm.åååå tt:mm, norsk tid).</source>
        <translation>CSV or Excel with the columns Referanse, Sendt, Tilgjengelig and Lest (dd.mm.yyyy hh:mm, Norwegian time).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/letter_actions.py" line="+124"/>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+6"/>
        <source>CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest.</source>
        <translation>CSV or Excel with the columns Referanse, Sendt, Tilgjengelig and Lest.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+8"/>
        <source>&amp;Kan mottakerne varsles? …</source>
        <translation>&amp;Can the recipients be notified? …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekk i Kontaktregisteret (eller en eksportert liste) hvem som kan få varsel på e-post eller SMS, og hvem som har for gamle kontaktopplysninger.</source>
        <translation>Check in Kontaktregisteret (or an exported list) who can get a notification by email or SMS, and whose contact details are too old.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Planlagte varsler</source>
        <translation>Planned notifications</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="+185"/>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+15"/>
        <source>Velg en rad for å se hele begrunnelsen.</source>
        <translation>Select a row to see the full reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+24"/>
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
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="-121"/>
        <source>{n} av {max} tegn</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} av {max} tegn ({parts} SMS)</source>
        <translation>{n} of {max} characters ({parts} SMS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spesialtegn: {per} tegn per SMS</source>
        <translation>special characters: {per} characters per SMS</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Innstillingene er i orden.</source>
        <translation>The settings are in order.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Brevet</source>
        <translation>The letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/letter_actions.py" line="-77"/>
        <source>Importer liste over brev</source>
        <translation>Import list of letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+15"/>
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
        <location line="+7"/>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="+22"/>
        <source>Rett feilene i innstillingene til venstre, så vises planen her.</source>
        <translation>Correct the errors in the settings on the left, and the plan will be shown here.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} varsler for brevet hos {provider}.</source>
        <translation>{n} notifications for the letter with {provider}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} varsler for {letters} brev hos {provider}.</source>
        <translation>{n} notifications for {letters} letters with {provider}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle {day}.</source>
        <translation>All on {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fra {first} til {last}.</source>
        <translation>From {first} to {last}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} sendes ikke fordi brevet alt er lest.</source>
        <translation>{n} will not be sent because the letter has already been read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} brev kan ikke planlegges (rødt i tabellen).</source>
        <translation>{n} letters cannot be planned (red in the table).</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../desktop_app/wizards/notice_plan/letter_actions.py" line="+21"/>
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
        <location line="+19"/>
        <source>Planen er eksportert</source>
        <translation>The plan has been exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rader er lagret i {path}.</source>
        <translation>{n} rows have been saved to {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planen ble ikke lagret</source>
        <translation>The plan was not saved</translation>
    </message>
</context>
<context>
    <name>notification_contacts</name>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/page.py" line="+60"/>
        <source>Varsling</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadressene får beskjed når det kommer post til organisasjonsnummeret. Bare de som kan lese den taushetsbelagte posten, bør få varslene, og hvert organisasjonsnummer må ha minst én adresse.</source>
        <translation>The notification addresses are alerted when mail arrives for the organisation number. Only people who can read the confidential mail should get the notifications, and each organisation number must have at least one address.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene for portalen.</source>
        <translation>Signed in, but Altinn does not let Postvakt do this directly: {why} Use the steps for the portal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koblet til Altinn: endringer lagres i Altinn med en gang.</source>
        <translation>Connected to Altinn: changes are saved in Altinn straight away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke logget inn i Altinn: før opp adressene slik de står i Altinn, og endre dem i portalen (stegene under).</source>
        <translation>Not signed in to Altinn: enter the addresses as they appear in Altinn, and change them in the portal (steps below).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/sections.py" line="+41"/>
        <source>Virksomhet:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virksomhet</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Varslingsadresser</source>
        <translation>Notification addresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilhører</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>navn@kommune.no eller +47 912 34 567</source>
        <translation>name@kommune.no or +47 912 34 567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse</source>
        <translation>Notification address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endre valgt</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern valgt …</source>
        <translation>Remove selected …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;mange …</source>
        <translation>For &amp;many at once …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én adresse, eller en liste, for alle eller flere organisasjonsnumre på en gang</source>
        <translation>One address, or a list, for all or several organisation numbers at once</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Les adressene fra Altinn</source>
        <translation>Read the addresses from Altinn</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Dette bør rettes</source>
        <translation>This should be fixed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personlig varsling: en beskjed til hver leser</source>
        <translation>Personal notification: a message to each reader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bare hver enkelt kan legge inn sin egen varslingsadresse i Altinn og bekrefte den med en kode på 6 siffer. Send beskjeden til hver person på godkjent-listen.</source>
        <translation>Only each person can add their own notification address in Altinn and confirm it with a 6-digit code. Send the message to each person on the approved list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre alle som tekstfil …</source>
        <translation>Save all as a text file …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/page.py" line="+31"/>
        <source>Varslingsadressene ble ikke lest inn</source>
        <translation>The notification addresses were not loaded</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ingen adresse</source>
        <translation>no address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ukjent: Postvakt har ikke lest varslingsadressene fra Altinn for de {n} organisasjonsnumrene. Logg inn og les dem, eller før dem inn.</source>
        <translation>Unknown: Postvakt has not read the notification addresses from Altinn for the {n} organisation numbers. Sign in and read them, or enter them by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{without} av {n} organisasjonsnumre har ingen varslingsadresse.</source>
        <translation>{without} of {n} organisation numbers have no notification address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle {n} organisasjonsnumre Postvakt kjenner, har minst én varslingsadresse.</source>
        <translation>All {n} organisation numbers Postvakt knows about have at least one notification address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{u} er ukjent: ikke lest fra Altinn ennå.</source>
        <translation>{u} are unknown: not read from Altinn yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ett forhold bør rettes (se listen under).</source>
        <translation>One thing should be fixed (see the list below).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{flags} forhold bør rettes (se listen under).</source>
        <translation>{flags} things should be fixed (see the list below).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>? Ukjent: ingenting er lest fra Altinn ennå, så Postvakt kan ikke si om noe bør rettes.</source>
        <translation>? Unknown: nothing has been read from Altinn yet, so Postvakt cannot say whether anything should be fixed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Ingenting å rette for de {k} Postvakt kjenner; {u} er ukjent.</source>
        <translation>✔ Nothing to fix for the {k} Postvakt knows; {u} are unknown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Ingenting å rette: alle har adresse, og alle som varsles, kan lese posten.</source>
        <translation>✔ Nothing to fix: everyone has an address, and everyone notified can read the mail.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Godkjent leser</source>
        <translation>Approved reader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altinn</source>
        <translation>Altinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ført inn for hånd</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ingen på godkjent-listen ennå. Før opp lesere under Taushetsbelagt post, så lages en beskjed til hver av dem her.</source>
        <translation>No one on the approved list yet. Add readers under Confidential mail, and a message for each of them will be created here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/address_actions.py" line="+84"/>
        <source>Fjern varslingsadresse</source>
        <translation>Remove notification address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne {address} som varslingsadresse? Den får ikke lenger beskjed om ny post til virksomheten.</source>
        <translation>Remove {address} as a notification address? It will no longer be notified of new mail to the organisation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adressene ble ikke lest fra Altinn</source>
        <translation>The addresses were not read from Altinn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagre beskjedene</source>
        <translation>Save the messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekstfil (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beskjedene er lagret i {path}.</source>
        <translation>The messages have been saved in {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beskjedene ble ikke lagret</source>
        <translation>The messages were not saved</translation>
    </message>
</context>
<context>
    <name>notifier</name>
    <message>
        <location filename="../../desktop_app/views/notifier.py" line="+72"/>
        <source>{n} taushetsbelagte brev er ikke åpnet og kan være i faresonen.</source>
        <translation>{n} confidential letters have not been opened and may be at risk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gjennomgangen av tilgangene skulle vært gjort {day}.</source>
        <translation>The review of access should have been done by {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Åpne Uåpnet post for {name}</source>
        <translation>Open Unopened post for {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne Taushetsbelagt post for {name}</source>
        <translation>Open Confidential post for {name}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Varsel fra Postvakt</source>
        <translation>Notice from Postvakt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lukk varselet</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt: fast kontroll</source>
        <translation>Postvakt: scheduled check</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klikk for å åpne Postvakt.</source>
        <translation>Click to open Postvakt.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Fast kontroll: {text} Se Oversikt.</source>
        <translation>Scheduled check: {text} See Overview.</translation>
    </message>
</context>
<context>
    <name>organizations</name>
    <message>
        <location filename="../../desktop_app/wizards/organizations/page.py" line="+70"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumrene i kommunen: kommunen selv, organisasjonsleddene og underenhetene. Hvert av dem trenger en som kan lese taushetsbelagt post.</source>
        <translation>All the organisation numbers in the municipality: the municipality itself, its organisational units and sub-units. Each of them needs someone who can read confidential mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/texts.py" line="+30"/>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slettet {date}</source>
        <translation>Deleted {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nedlagt {date}</source>
        <translation>Closed down {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konkurs</source>
        <translation>Bankrupt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under avvikling</source>
        <translation>Being wound up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under tvangsavvikling</source>
        <translation>Being compulsorily wound up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finnes ikke i Enhetsregisteret</source>
        <translation>Not found in Enhetsregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke sjekket ennå</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enheten er slettet i Enhetsregisteret. Den finnes ikke lenger og kan ikke motta post i Altinn. Finn ut hvilken enhet som har tatt over oppgavene, og ta den slettede ut av rutinene for tilgang og varsling.</source>
        <translation>The unit has been deleted in Enhetsregisteret (the Central Coordinating Register for Legal Entities). It no longer exists and cannot receive mail in Altinn. Find out which unit has taken over its tasks, and remove the deleted one from the access and notification routines.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enheten er lagt ned ifølge Enhetsregisteret. Post bør gå til enheten som har tatt over.</source>
        <translation>The unit has been closed down according to Enhetsregisteret. Mail should go to the unit that has taken over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enheten er under avvikling ifølge Enhetsregisteret og kan snart bli slettet.</source>
        <translation>The unit is being wound up according to Enhetsregisteret and may soon be deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhetsregisteret kjenner ikke dette nummeret. Sjekk at det er skrevet riktig; er det feil, fjern det og legg inn det riktige.</source>
        <translation>Enhetsregisteret does not recognise this number. Check that it is entered correctly; if it is wrong, remove it and add the correct one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke sjekket mot Enhetsregisteret ennå. Trykk «Oppdater fra Enhetsregisteret».</source>
        <translation>Not checked against Enhetsregisteret yet. Press «Update from Enhetsregisteret».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny: {name} ({orgnr})</source>
        <translation>New: {name} ({orgnr})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borte: {name} ({orgnr}) hører ikke lenger til kommunen i Enhetsregisteret</source>
        <translation>Gone: {name} ({orgnr}) no longer belongs to the municipality in Enhetsregisteret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nytt navn: «{old}» heter nå «{name}» ({orgnr})</source>
        <translation>New name: «{old}» is now called «{name}» ({orgnr})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ingen overordnet</source>
        <translation>no parent unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyttet: {name} ({orgnr}) hører nå til {parent}</source>
        <translation>Moved: {name} ({orgnr}) now belongs to {parent}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slettet: {name} ({orgnr}) er slettet i Enhetsregisteret</source>
        <translation>Deleted: {name} ({orgnr}) has been deleted in Enhetsregisteret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/paste_dialog.py" line="+25"/>
        <source>Lim inn organisasjonsnumre</source>
        <translation>Paste organisation numbers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ett organisasjonsnummer på hver linje, gjerne med navnet etter, for eksempel:
974 760 673  Fjordvik skole</source>
        <translation>One organisation number per line, optionally followed by the name, for example:
974 760 673  Fjordvik skole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Liste med organisasjonsnumre</source>
        <translation>List of organisation numbers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/register_refresh.py" line="+29"/>
        <source>Oppdater fra Enhetsregisteret</source>
        <translation>Update from Enhetsregisteret</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Henter kommunen, organisasjonsleddene og underenhetene fra Enhetsregisteret (åpne data, ingen innlogging).</source>
        <translation>Fetches the municipality, its organisational units and sub-units from Enhetsregisteret (open data, no sign-in).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/page.py" line="+10"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I Test (TT02) lages listen av virksomhetene Altinn sier at du kan representere, fordi Enhetsregisterets data ikke passer med testmiljøets oppdiktede virksomheter.</source>
        <translation>In Test (TT02), the list is made from the organisations Altinn says you can represent, because the data in Enhetsregisteret does not match the made-up organisations in the test environment.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filtrer på navn, org.nr, adresse eller daglig leder …</source>
        <translation>Filter by name, org. no., address or general manager …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer virksomheter</source>
        <translation>Filter organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern fra listen …</source>
        <translation>Remove from list …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjerner en enhet du har lagt til for hånd. Enheter fra Enhetsregisteret følger registeret.</source>
        <translation>Removes a unit you added by hand. Units from Enhetsregisteret follow the register.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+75"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+69"/>
        <location line="+9"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daglig leder</source>
        <translation>General manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Endringer siden sist</source>
        <translation>Changes since last time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endringer siden forrige oppdatering</source>
        <translation>Changes since the last update</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til for hånd</source>
        <translation>Add manually</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 siffer</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valgfritt: hentes ved neste oppdatering</source>
        <translation>Optional: fetched at the next update</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importer en liste</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV eller Excel med organisasjonsnummer og eventuelt navn, eller lim inn numrene. Linjer med feil blir hoppet over og vist her.</source>
        <translation>CSV or Excel with organisation numbers and names if you have them, or paste the numbers. Lines with errors are skipped and shown here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fra fil …</source>
        <translation>From file …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lim inn …</source>
        <translation>Paste …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Listen over virksomheter kunne ikke leses</source>
        <translation>The list of organisations could not be read</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ikke hentet fra Enhetsregisteret ennå. Listen viser det som er lagret i arbeidsflaten.</source>
        <translation>Not yet fetched from Enhetsregisteret (the Central Coordinating Register for Legal Entities). The list shows what is saved in the workspace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist oppdatert {when}. {count} enheter; listen er lagret og kan brukes uten nett.</source>
        <translation>Last updated {when}. {count} units; the list is saved and can be used offline.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist hentet fra Enhetsregisteret {when}. {count} enheter; listen er lagret og kan brukes uten nett.</source>
        <translation>Last fetched from Enhetsregisteret {when}. {count} units; the list is saved and can be used offline.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(navn hentes ved neste oppdatering)</source>
        <translation>(name is fetched at the next update)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../desktop_app/wizards/organizations/texts.py" line="-51"/>
        <source>Underenheter har ingen egen daglig leder i Enhetsregisteret; se enheten de hører til.</source>
        <translation>Sub-units have no general manager (daglig leder) of their own in Enhetsregisteret; see the unit they belong to.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location filename="../../desktop_app/wizards/organizations/unit_actions.py" line="+97"/>
        <source>Velg en enhet i listen for å se hva statusen betyr.</source>
        <translation>Select a unit in the list to see what the status means.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Rødt betyr at Enhetsregisteret sier at enheten er slettet, nedlagt eller under avvikling, eller ikke kjenner nummeret ({n} i listen). Slike enheter kan ikke motta post. Hold musen over raden for å se hva du bør gjøre.</source>
        <translation>Red means that Enhetsregisteret says the unit has been deleted, closed down or is being wound up, or does not recognise the number ({n} in the list). Such units cannot receive mail. Hover over the row to see what you should do.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Når du har hentet listen fra Enhetsregisteret, ser du her hva som er nytt, borte, har fått nytt navn, er flyttet eller slettet siden gangen før.</source>
        <translation>Once you have fetched the list from Enhetsregisteret, you can see here what is new, gone, renamed, moved or deleted since the previous time.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen endringer ved oppdateringen {when}.</source>
        <translation>No changes at the update {when}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 endring ved oppdateringen {when}:</source>
        <translation>1 change at the update {when}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} endringer ved oppdateringen {when}:</source>
        <translation>{n} changes at the update {when}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/register_refresh.py" line="-12"/>
        <source>Oppdater fra Altinn</source>
        <translation>Update from Altinn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Henter virksomhetene du kan representere fra Altinn (krever innlogging).</source>
        <translation>Fetches the organisations you can represent from Altinn (requires sign-in).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Logg inn i Altinn først. I Test lages listen av virksomhetene Altinn sier at du kan representere.</source>
        <translation>Log in to Altinn first. In Test, the list is made from the organisations Altinn says you can represent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Øvingskommunen Fjordvik finnes bare i Øving. Bytt til Øving i Innstillinger for å hente den, eller lag en arbeidsflate for din egen kommune.</source>
        <translation>The practice municipality Fjordvik only exists in Practice. Switch to Practice in Settings to fetch it, or create a workspace for your own municipality.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Øvingssandkassen er ikke startet ennå. Vent et øyeblikk og prøv igjen.</source>
        <translation>The practice sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Oppdaterer …</source>
        <translation>Updating …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ferdig: {count} enheter hentet fra Altinn, {changes} endringer.</source>
        <translation>Done: {count} units fetched from Altinn, {changes} changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferdig: {count} enheter hentet fra Enhetsregisteret, {changes} endringer.</source>
        <translation>Done: {count} units fetched from Enhetsregisteret, {changes} changes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oppdateringen gikk ikke: {reason}
Den lagrede listen er uendret. Du kan prøve igjen med «{button}».</source>
        <translation>The update did not work: {reason}
The saved list is unchanged. You can try again with «{button}».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Oppdateringen ble avbrutt. Den lagrede listen er uendret.</source>
        <translation>The update was cancelled. The saved list is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/unit_actions.py" line="-60"/>
        <source>✓ Gyldig organisasjonsnummer</source>
        <translation>✓ Valid organisation number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} av 9 siffer</source>
        <translation>{n} of 9 digits</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{orgnr} er lagt til. Navn og status hentes ved neste oppdatering.</source>
        <translation>{orgnr} has been added. Name and status are fetched at the next update.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fjerne enheten?</source>
        <translation>Remove the unit?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne {unit} fra listen over virksomheter? Det blir skrevet i loggen.</source>
        <translation>Do you want to remove {unit} from the list of organisations? This will be recorded in the log.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enheten ble ikke fjernet</source>
        <translation>The unit was not removed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Velg en liste med organisasjonsnumre</source>
        <translation>Choose a list of organisation numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabeller (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leser {name} …</source>
        <translation>Reading {name} …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} lagt til.</source>
        <translation>{n} added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} fantes fra før.</source>
        <translation>{n} were already there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 linje hoppet over:</source>
        <translation>1 line skipped:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} linjer hoppet over:</source>
        <translation>{n} lines skipped:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/page.py" line="-245"/>
        <source>Virksomheter i arbeidsflaten</source>
        <translation>Organisations in the workspace</translation>
    </message>
</context>
<context>
    <name>portal_read</name>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/portal_read.py" line="+66"/>
        <source>Lest fra portalens nedlasting {time} (fil {name})</source>
        <translation>Read from the portal&apos;s download {time} (file {name})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lest fra portalens nedlasting {time} (fil {name}):</source>
        <translation>Read from the portal&apos;s download {time} (file {name}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lest fra portalens nedlasting (fil {name}):</source>
        <translation>Read from the portal&apos;s download (file {name}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} organisasjonsnummer.</source>
        <translation>{n} organisation number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisasjonsnumre.</source>
        <translation>{n} organisation numbers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} organisasjonsnummer er ikke endret: Postvakt har nyere opplysninger.</source>
        <translation>{n} organisation number is unchanged: Postvakt has newer information.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisasjonsnumre er ikke endret: Postvakt har nyere opplysninger.</source>
        <translation>{n} organisation numbers are unchanged: Postvakt has newer information.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} organisasjonsnummer i filen er ikke i arbeidsflaten og er hoppet over.</source>
        <translation>{n} organisation number in the file is not in the workspace and was skipped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisasjonsnumre i filen er ikke i arbeidsflaten og er hoppet over.</source>
        <translation>{n} organisation numbers in the file are not in the workspace and were skipped.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} rad ble hoppet over:</source>
        <translation>{n} row was skipped:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} rader ble hoppet over:</source>
        <translation>{n} rows were skipped:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Les inn fra Altinn-nedlasting</source>
        <translation>Read in from an Altinn download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Når Postvakt ikke kan lese tilgangene gjennom Altinn, kan du laste ned Altinns egen oversikt over hvem som har fått hva, og lese den inn her.</source>
        <translation>When Postvakt cannot read the access through Altinn, you can download Altinn&apos;s own list of who has been given what, and read it in here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logg inn på altinn.no, trykk «Bytt» og velg kommunen under «Virksomheter».</source>
        <translation>Log in to altinn.no, press «Bytt» and choose the municipality under «Virksomheter».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne «Tilgangsstyring» og velg «Brukere» (eller «Fullmakter») i menyen til venstre.</source>
        <translation>Open «Tilgangsstyring» and choose «Brukere» (or «Fullmakter») in the menu on the left.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trykk «Last ned til fil». Slå på «Inkluder fullmakter i … sine underenheter» (Altinn tilbyr det for inntil 500 underenheter), og trykk «Start nedlasting».</source>
        <translation>Press «Last ned til fil». Turn on «Inkluder fullmakter i … sine underenheter» (Altinn offers it for up to 500 sub-units), and press «Start nedlasting».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Velg zip-filen her, slik den ble lastet ned (for eksempel 123456789_2026-12-06.zip).</source>
        <translation>Choose the zip file here, as it was downloaded (for example 123456789_2026-12-06.zip).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Knappen «Last ned til fil» vises for den som administrerer tilganger for kommunen. Et organisasjonsledd er en egen aktør i Altinn: last ned for det også, for å få med underenhetene under det.</source>
        <translation>The «Last ned til fil» button is shown to whoever administers access for the municipality. An organisational unit (organisasjonsledd) is a party of its own in Altinn: download for it too, to include the sub-units under it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Underenhetene var med (jeg slo på «Inkluder fullmakter i … sine underenheter»)</source>
        <translation>The sub-units were included (I turned on «Inkluder fullmakter i … sine underenheter»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En underenhet der ingen har fått noe, står ikke i filen. Er bryteren slått på, vet Postvakt at ingen har tilgang der; ellers står den som ukjent.</source>
        <translation>A sub-unit where nobody has been given anything is not in the file. If the switch was on, Postvakt knows that nobody has access there; otherwise it is shown as unknown.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last ned en øvingsfil</source>
        <translation>Download a practice file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Øvingssandkassens nedlasting for øvingskommunen, åpnes i nettleseren.</source>
        <translation>The practice sandbox&apos;s download for the practice municipality, opened in the browser.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Velg filen …</source>
        <translation>Choose the file …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Velg nedlastingen fra Altinn</source>
        <translation>Choose the download from Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nedlasting fra Altinn (*.zip *.csv);;Alle filer (*)</source>
        <translation>Download from Altinn (*.zip *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Reading «{name}» …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filen ble ikke lest inn.</source>
        <translation>The file was not read in.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Les inn fra Altinn-nedlasting …</source>
        <translation>Read in from an Altinn download …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altinn-portalens egen nedlasting av hvem som har tilgang («Last ned til fil»).</source>
        <translation>The Altinn portal&apos;s own download of who has access («Last ned til fil»).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop_app/views/printing.py" line="+77"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+18"/>
        <location line="+18"/>
        <source>Utskriften ble ikke laget</source>
        <translation>The printout was not made</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Utskriften ble ikke ført i loggen</source>
        <translation>The printout was not recorded in the log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}: {n} sider sendt til skriveren.</source>
        <translation>{title}: {n} pages sent to the printer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: 1 side sendt til skriveren.</source>
        <translation>{title}: 1 page sent to the printer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gjør klar utskriften …</source>
        <translation>Preparing the printout …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut det samme som PDF-en, side for side (Ctrl+P)</source>
        <translation>Print the same as the PDF, page by page (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det er ingenting å skrive ut her ennå.</source>
        <translation>There is nothing to print here yet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Det er ingenting å skrive ut på denne siden. Åpne en rapport, en oppsummering eller en veiledning først.</source>
        <translation>There is nothing to print on this page. Open a report, a summary or a guide first.</translation>
    </message>
</context>
<context>
    <name>printouts</name>
    <message>
        <location filename="../../desktop_app/wizards/printouts.py" line="+14"/>
        <source>Skriv ut oppsummeringen</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DPI-oppsett: sjekkliste</source>
        <translation>DPI setup: checklist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skriv ut sjekkliste …</source>
        <translation>Print checklist …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut sjekklisten for DPI-oppsett</source>
        <translation>Print the checklist for DPI setup</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv ut rutinen</source>
        <translation>Print the routine</translation>
    </message>
</context>
<context>
    <name>refresh_statuses</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/refresh_statuses.py" line="+51"/>
        <source>1 forsendelse</source>
        <translation>1 shipment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} forsendelser</source>
        <translation>{n} shipments</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hent ny status fra SvarUt</source>
        <translation>Fetch new status from SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valgfritt steg. Statusene i filen kan være gamle; Postvakt kan spørre SvarUt om hva som har skjedd med brevene siden.</source>
        <translation>Optional step. The statuses in the file may be out of date; Postvakt can ask SvarUt what has happened to the letters since.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sjekker innstillingene for SvarUt …</source>
        <translation>Checking the SvarUt settings …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hent status</source>
        <translation>Fetch status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt henting</source>
        <translation>Stop fetching</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prøv de som feilet, på nytt</source>
        <translation>Retry the ones that failed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Framdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hvorfor noen ikke fikk ny status</source>
        <translation>Why some did not get a new status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Det er ingen forsendelser å hente status for. Gå videre.</source>
        <translation>There are no shipments to fetch status for. Continue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Øvingssandkassen starter …</source>
        <translation>The practice sandbox is starting …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Øvingssandkassen kjører ikke. Bytt miljø under Innstillinger, eller hopp over dette steget.</source>
        <translation>The practice sandbox is not running. Change environment under Settings, or skip this step.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Øving: statusene hentes fra øvingssandkassen med øvingsnøkler, så ingen ekte tjenester blir spurt. Forsendelser som kan sjekkes: {n}.</source>
        <translation>Practice: statuses are fetched from the practice sandbox with practice keys, so no real services are contacted. Shipments that can be checked: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SvarUt er satt opp. Forsendelser som kan sjekkes: {n}. Trykk «Hent status», eller Neste for å bruke statusene i filen.</source>
        <translation>SvarUt is set up. Shipments that can be checked: {n}. Press “Fetch status”, or Next to use the statuses in the file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For å hente status fra SvarUt må dette legges inn under Innstillinger, i «SvarUt og Maskinporten» og «Innlogging og nøkler» (spør IT-avdelingen om verdiene):
{items}

Du kan hoppe over steget: trykk Neste, så brukes statusene i filen.</source>
        <translation>To fetch status from SvarUt, the following must be entered under Settings, in “SvarUt and Maskinporten” and “Sign-in and keys” (ask the IT department for the values):
{items}

You can skip this step: press Next and the statuses in the file will be used.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Du kan hoppe over steget: trykk Neste, så brukes statusene i filen.</source>
        <translation>You can skip this step: press Next and the statuses in the file will be used.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kobler til SvarUt …</source>
        <translation>Connecting to SvarUt …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Avbryter … det som alt er hentet, beholdes.</source>
        <translation>Stopping … anything already fetched is kept.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hentet {done} av {total}</source>
        <translation>Fetched {done} of {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ny status for {n} av {total} forsendelser; {changed} har endret status siden filen ble laget.</source>
        <translation>New status for {n} of {total} shipments; {changed} have changed status since the file was created.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Du avbrøt. Det som ble hentet, er beholdt; resten har statusen fra filen.</source>
        <translation>You stopped. What was fetched has been kept; the rest have the status from the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} fikk ikke ny status og beholder statusen fra filen. Se hvorfor nedenfor.</source>
        <translation>{n} did not get a new status and keep the status from the file. See why below.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trykk «Prøv de som feilet, på nytt» for å spørre bare om dem ({n}).</source>
        <translation>Press “Retry the ones that failed” to ask about those only ({n}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Slik står det nå: {parts}.</source>
        <translation>Current situation: {parts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trykk Neste for å gå videre.</source>
        <translation>Press Next to continue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hent status på nytt</source>
        <translation>Fetch status again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statusene ble ikke hentet: {why}

Statusene fra filen brukes. Du kan prøve igjen eller trykke Neste.</source>
        <translation>The statuses were not fetched: {why}

The statuses from the file are used. You can try again or press Next.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Avbrutt.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>region</name>
    <message>
        <location filename="../../desktop_app/wizards/region/rows.py" line="+59"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva må gjøres først</source>
        <translation>What to do first</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPI-oppsett</source>
        <translation>DPI setup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uten leser</source>
        <translation>Without a reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uten varsling</source>
        <translation>Without notification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Siste kontroll</source>
        <translation>Last check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gjennomgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lest fra Altinn</source>
        <translation>Read from Altinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast kontroll</source>
        <translation>Scheduled check</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (statusfil)</source>
        <translation>{name} (status file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KS lest tilbake</source>
        <translation>KS read back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KS ikke lest</source>
        <translation>KS not read back</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aldri</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingenting å gjøre</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Eldste lesing fra Altinn: {d}</source>
        <translation>Oldest read from Altinn: {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingeravtrykk: {f}</source>
        <translation>Fingerprint: {f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/file_actions.py" line="+39"/>
        <location filename="../../desktop_app/wizards/region/page.py" line="+60"/>
        <source>Regionoversikt</source>
        <translation>Regional overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/page.py" line="+1"/>
        <source>Alle kommunene som én rad: DPI-oppsett, taushetsbelagt post, varsling, siste kontroll av uåpnet post og gjennomgang av tilgangene. Bare antall og datoer, ingen personopplysninger. «Ukjent» betyr ikke lest fra Altinn, ikke at noe er galt. Dobbeltklikk en rad for å gå dit det må gjøres noe.</source>
        <translation>Every municipality as one row: DPI setup, confidential mail, notification, the last unopened mail check and the access review. Only counts and dates, no personal data. «Unknown» means not read from Altinn, not that anything is wrong. Double-click a row to go where something needs to be done.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Søk etter kommune eller org.nr</source>
        <translation>Search by municipality or org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søk i regionoversikten</source>
        <translation>Search the regional overview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bare de med noe å gjøre</source>
        <translation>Only those with something to do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hent inn statusfil …</source>
        <translation>&amp;Import status file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En statusfil fra en kommune som har sin egen Postvakt.</source>
        <translation>A status file from a municipality that has its own Postvakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lag statusfil …</source>
        <translation>&amp;Create status file …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statusen for arbeidsflaten som er valgt, til koordinatoren i regionen.</source>
        <translation>The status of the selected workspace, for the coordinator in the region.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kommunene i regionen</source>
        <translation>The municipalities in the region</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fingeravtrykket til denne maskinens statusnøkkel</source>
        <translation>The fingerprint of this computer&apos;s status key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Å&amp;pne der det må gjøres noe</source>
        <translation>&amp;Open where something needs to be done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fast kontroll …</source>
        <translation>&amp;Scheduled check …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planlegg kontrollen av uåpnet post for kommunen, så den kjører av seg selv også når Postvakt er lukket.</source>
        <translation>Schedule the unopened mail check for the municipality, so it runs by itself even when Postvakt is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/file_actions.py" line="+140"/>
        <location filename="../../desktop_app/wizards/region/page.py" line="+6"/>
        <source>Fjern statusfilen</source>
        <translation>Remove the status file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/page.py" line="+2"/>
        <source>Lagre som &amp;Excel …</source>
        <translation>Save as &amp;Excel …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre som P&amp;DF …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Regionoversikten kunne ikke lages</source>
        <translation>The regional overview could not be created</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statusfilene fra denne maskinen er signert med nøkkelen med fingeravtrykk &lt;b&gt;{fp}&lt;/b&gt;. Les det opp for koordinatoren når de spør.</source>
        <translation>Status files from this computer are signed with the key with fingerprint &lt;b&gt;{fp}&lt;/b&gt;. Read it out to the coordinator when they ask.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen kommuner ennå. Lag en arbeidsflate, eller hent inn en statusfil.</source>
        <translation>No municipalities yet. Create a workspace, or import a status file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} av {total} kommuner vises. {work} har noe som må gjøres.</source>
        <translation>Showing {shown} of {total} municipalities. {work} have something that needs to be done.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} kjører sin egen Postvakt. Det som må gjøres, gjøres der:

{todo}

Statusfilen ble laget {made}. Fingeravtrykk: {fp}.</source>
        <translation>{name} runs its own Postvakt. What needs to be done is done there:

{todo}

The status file was created {made}. Fingerprint: {fp}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/file_actions.py" line="-137"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre regionoversikten</source>
        <translation>Save the regional overview</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regionoversikten er lagret i {path}.</source>
        <translation>The regional overview has been saved to {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionoversikten ble ikke lagret</source>
        <translation>The regional overview was not saved</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hent inn statusfil</source>
        <translation>Import status file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statusfil fra Postvakt (*.json);;Alle filer (*)</source>
        <translation>Postvakt status file (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stemmer fingeravtrykket?</source>
        <translation>Does the fingerprint match?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Godta nøkkelen og hent inn filen?</source>
        <translation>Accept the key and import the file?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statusfilen ble ikke hentet inn</source>
        <translation>The status file was not imported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statusfil</source>
        <translation>Status file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lag statusfil</source>
        <translation>Create status file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statusfil fra Postvakt (*.json)</source>
        <translation>Postvakt status file (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statusfilen er laget</source>
        <translation>The status file has been created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statusfilen er lagret i {path}. Send den til koordinatoren.

Første gang: les dette fingeravtrykket opp for koordinatoren på telefon (ikke i samme e-post som filen):

{fp}

</source>
        <translation>The status file has been saved to {path}. Send it to the coordinator.

The first time: read this fingerprint out to the coordinator by phone (not in the same email as the file):

{fp}

</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statusfilen ble ikke laget</source>
        <translation>The status file was not created</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ta {name} ut av regionoversikten? Nøkkelen kommunen signerer med, huskes, så neste fil derfra hentes inn uten ny kontroll.</source>
        <translation>Remove {name} from the regional overview? The key the municipality signs with is remembered, so the next file from there is imported without a new check.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/report_parts.py" line="+33"/>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1a: bare digitalt</source>
        <translation>1a: digital only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1b: skrives ut hvis uåpnet</source>
        <translation>1b: printed if unopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{before} før status ble hentet fra SvarUt, {after} etter</source>
        <translation>{before} before the status was fetched from SvarUt, {after} after</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/history_chart.py" line="+32"/>
        <source>Brev i faresonen over tid</source>
        <translation>Letters at risk over time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 kontroll: {date} fant den {count} brev i faresonen.</source>
        <translation>1 check: {date} it found {count} letters at risk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kontroller. Den siste, {date}, fant {count} brev i faresonen.</source>
        <translation>{n} checks. The latest, {date}, found {count} letters at risk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen kontroller ennå.</source>
        <translation>No checks yet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{date}: {count} brev i faresonen hos {recipients} virksomheter ({file})</source>
        <translation>{date}: {count} letters at risk at {recipients} organisations ({file})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Brev i faresonen per kontroll</source>
        <translation>Letters at risk per check</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen kontroller ennå. Når kontrollen av uåpnet post er kjørt, ser du utviklingen her.</source>
        <translation>No checks yet. Once the unopened mail check has been run, you will see the trend here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/reports.py" line="+85"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrollene av uåpnet taushetsbelagt post som er lagret, med utviklingen over tid. Åpne en kontroll for å se alle brevene, eller åpne en rapport fra SvarUt direkte. Alt her virker uten nett.</source>
        <translation>The saved checks of unopened confidential mail, with the trend over time. Open a check to see all the letters, or open a report from SvarUt directly. Everything here works offline.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Lagrede kontroller&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved checks&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utskrift</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I faresonen</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagrede kontroller</source>
        <translation>Saved checks</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Å&amp;pne kontrollen</source>
        <translation>&amp;Open check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne &amp;rapport …</source>
        <translation>Open &amp;report …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se gjennom en eksport fra SvarUt (CSV eller Excel) uten å lagre den som en kontroll.</source>
        <translation>Review an export from SvarUt (CSV or Excel) without saving it as a check.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Velg &amp;kolonner …</source>
        <translation>Choose &amp;columns …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hvilken kolonne i rapportfilen som er hva. Valget huskes for filer med de samme kolonnene.</source>
        <translation>Choose which column of the report file is what. The choice is remembered for files with the same columns.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Framdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lagre som &amp;Excel …</source>
        <translation>Save as &amp;Excel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre som &amp;CSV …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre &amp;PDF-sammendrag …</source>
        <translation>Save &amp;PDF summary …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Et sammendrag for arkivet: tall, svar og virksomheter, uten brevtitler og personopplysninger.</source>
        <translation>A summary for the archive: figures, answers and organisations, without letter titles or personal data.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Kontrollene kunne ikke hentes</source>
        <translation>The checks could not be loaded</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Velg en arbeidsflate for å se kontrollene.</source>
        <translation>Select a workspace to see the checks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen lagrede kontroller ennå. Kjør veiviseren «Uåpnet post», eller åpne en rapport fra SvarUt.</source>
        <translation>No saved checks yet. Run the “Unopened mail” wizard, or open a report from SvarUt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dobbeltklikk en kontroll for å se brevene.</source>
        <translation>Double-click a check to see the letters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/report_actions.py" line="+47"/>
        <source>Åpner kontrollen …</source>
        <translation>Opening the check …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åpne rapport fra SvarUt</source>
        <translation>Open report from SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksport fra SvarUt (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Export from SvarUt (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Velg en arbeidsflate</source>
        <translation>Select a workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg eller lag en arbeidsflate øverst før du åpner en rapport.</source>
        <translation>Select or create a workspace at the top before you open a report.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leser «{name}» …</source>
        <translation>Reading “{name}” …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Postvakt fant ikke alle kolonnene den trenger i «{name}». Velg hvilken kolonne som er hva.</source>
        <translation>Postvakt did not find all the columns it needs in “{name}”. Choose which column is what.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporten kunne ikke åpnes</source>
        <translation>The report could not be opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avbrutt. Det som var åpent fra før, vises fortsatt.</source>
        <translation>Stopped. What was already open is still shown.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Avbryter …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ingen kontroll er åpnet. Velg en kontroll over, eller åpne en rapport fra SvarUt.</source>
        <translation>No check is open. Select a check above, or open a report from SvarUt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapport «{file}» (ikke lagret)</source>
        <translation>Report “{file}” (not saved)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontroll {date}, «{file}»</source>
        <translation>Check {date}, “{file}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{count} brev i faresonen&lt;/b&gt;&lt;/span&gt; hos {recipients} virksomheter</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{count} letters at risk&lt;/b&gt;&lt;/span&gt; at {recipients} organisations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Ingen brev i faresonen&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;No letters at risk&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ett uåpnet brev</source>
        <translation>One unopened letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} uåpnede brev</source>
        <translation>{n} unopened letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{letters} kan ikke knyttes til en mottaker&lt;/b&gt;&lt;/span&gt; (filen har ikke et gyldig organisasjonsnummer for dem), så kontrollen kan ikke si at alt er i orden</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{letters} cannot be linked to a recipient&lt;/b&gt;&lt;/span&gt; (the file has no valid organisation number for them), so the check cannot say that everything is OK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} kan ikke vurderes ut fra filen</source>
        <translation>{n} cannot be assessed from the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>svar om utskrift: {answer}</source>
        <translation>print response: {answer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagre rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagret:
{files}</source>
        <translation>Saved:
{files}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporten ble ikke lagret</source>
        <translation>The report was not saved</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Uåpnet taushetsbelagt post – {name}</source>
        <translation>Unopened confidential mail – {name}</translation>
    </message>
</context>
<context>
    <name>routine_dialog</name>
    <message>
        <location filename="../../desktop_app/views/routine_dialog.py" line="+39"/>
        <source>Vet ikke</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter får bare digital post (1a)</source>
        <translation>Organisations get digital mail only (1a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet skrives ut hvis det ikke åpnes (1b)</source>
        <translation>The letter is printed if it is not opened (1b)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fast kontroll – {name}</source>
        <translation>Scheduled check – {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maskinens planlegger kjører kontrollen av uåpnet post av seg selv, også når Postvakt er lukket. Den leser den nyeste rapporten fra SvarUt i mappen du velger, og lagrer kontrollen i historikken og loggen som andre kontroller. Lagre rapporten fra SvarUt i mappen før hver kontroll. Maskinen må være på, og du må være logget inn på den, når kontrollen skal gå.</source>
        <translation>The computer&apos;s scheduler runs the unopened mail check by itself, even when Postvakt is closed. It reads the newest report from SvarUt in the folder you choose, and saves the check in the history and the log like other checks. Save the report from SvarUt to the folder before each check. The computer must be on, and you must be logged in to it, when the check is due to run.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hvor ofte:</source>
        <translation>How &amp;often:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ukedag:</source>
        <translation>&amp;Weekday:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dag i måneden:</source>
        <translation>&amp;Day of the month:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Klokkeslett:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mappen der rapportene fra SvarUt lagres</source>
        <translation>The folder where the reports from SvarUt are saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mappe:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Innstilling i &amp;SvarUt:</source>
        <translation>S&amp;varUt setting:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hent ny status fra SvarUt først (krever oppsett under Innstillinger)</source>
        <translation>Fetch new status from SvarUt first (requires setup under Settings)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leser hva planleggeren har …</source>
        <translation>Reading what the scheduler has …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reparer</source>
        <translation>&amp;Repair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg kontrollen inn på nytt med Postvakt slik den er installert nå.</source>
        <translation>Set up the check again with Postvakt as it is installed now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fjern</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mappen for rapporter fra SvarUt</source>
        <translation>The folder for reports from SvarUt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fant ingen planlegger på denne maskinen (systemd for brukeren eller cron), så Postvakt kan ikke legge inn en fast kontroll her. Be IT-avdelingen kjøre «postvakt-cli rutine kjor --workspace {id}» fast.</source>
        <translation>No scheduler found on this computer (systemd for the user or cron), so Postvakt cannot set up a scheduled check here. Ask the IT department to run «postvakt-cli rutine kjor --workspace {id}» regularly.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen fast kontroll ennå for denne kommunen.</source>
        <translation>No scheduled check yet for this municipality.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen planlegger</source>
        <translation>no scheduler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagt inn i {where}: {when}.</source>
        <translation>Set up in {where}: {when}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist kjørt {d}.</source>
        <translation>Last run {d}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke kjørt ennå.</source>
        <translation>Not run yet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Den faste kontrollen ble ikke lagret</source>
        <translation>The scheduled check was not saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Den faste kontrollen ble ikke reparert</source>
        <translation>The scheduled check was not repaired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjern fast kontroll</source>
        <translation>Remove scheduled check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne den faste kontrollen fra maskinens planlegger? Kontrollene som alt er lagret, blir liggende i historikken.</source>
        <translation>Remove the scheduled check from the computer&apos;s scheduler? The checks already saved will stay in the history.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Den faste kontrollen ble ikke fjernet</source>
        <translation>The scheduled check was not removed</translation>
    </message>
</context>
<context>
    <name>routine_overview</name>
    <message>
        <location filename="../../desktop_app/views/routine_overview.py" line="+26"/>
        <source>ikke kjørt ennå</source>
        <translation>not run yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} kl. {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Åpne Uåpnet post</source>
        <translation>Open Unopened post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Taushetsbelagt post</source>
        <translation>Open Confidential post</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke for øvingskommunen</source>
        <translation>Not for the practice municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast kontroll av uåpnet post settes opp for en ekte arbeidsflate.</source>
        <translation>A scheduled check of unopened post is set up for a real workspace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ikke satt opp</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen fast kontroll av uåpnet post. Sett den opp, så kjører maskinen kontrollen av seg selv, også når Postvakt er lukket.</source>
        <translation>No scheduled check of unopened post. Set it up, and the computer runs the check by itself, also when Postvakt is closed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist kjørt: {last}. Neste: {next}.</source>
        <translation>Last run: {last}. Next: {next}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen før den er reparert</source>
        <translation>none until it is repaired</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ved siste kjøring: {n} brev i faresonen.</source>
        <translation>At the last run: {n} letters at risk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forfalt: kontrollen skulle ha kjørt {due}, men har ikke kjørt.</source>
        <translation>Overdue: the check should have run {due}, but has not run.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Må repareres</source>
        <translation>Needs repair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Siste kjøring feilet</source>
        <translation>The last run failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {why}</source>
        <translation>{when}: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maskinen må være på, og du logget inn på den, når kontrollen skal gå.</source>
        <translation>The computer must be on, and you logged in to it, when the check is due.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I rute</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Varsler fra fast kontroll</source>
        <translation>Notices from scheduled checks</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fast kontroll {day}: {text}</source>
        <translation>Scheduled check {day}: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skjul</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul varselet for {name}</source>
        <translation>Hide the notice for {name}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="+85"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+9"/>
        <source>Miljø</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg hvilke tjenester Postvakt skal snakke med. I Øving skjer alt i en lokal sandkasse med oppdiktede personer og virksomheter.</source>
        <translation>Choose which services Postvakt talks to. In Practice, everything happens in a local sandbox with made-up people and organisations.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sandkassen kjører på denne maskinen: {url}</source>
        <translation>The sandbox is running on this computer: {url}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bytte til produksjon?</source>
        <translation>Switch to production?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I produksjon gjør Postvakt endringer i ekte tjenester (Altinn, SvarUt) for ekte virksomheter. Vil du bytte til produksjon?</source>
        <translation>In production, Postvakt makes changes in real services (Altinn, SvarUt) for real organisations. Do you want to switch to production?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innlogging og nøkler</source>
        <translation>Sign-in and keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekker nøkkelringen …</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+13"/>
        <source>Passord og nøkler lagres bare i maskinens nøkkelring (Windows Legitimasjonsbehandling, macOS Nøkkelring eller Secret Service på Linux), aldri i filer eller logger.</source>
        <translation>Passwords and keys are stored only in the computer&apos;s keyring (Windows Credential Manager, macOS Keychain or Secret Service on Linux), never in files or logs.</translation>
    </message>
    <message>
        <location line="+119"/>
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
        <location line="-213"/>
        <source>Sjekk oppsettet …</source>
        <translation>Check the setup …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekk at kommunens oppsett hos ID-porten, Altinn, Maskinporten og SvarUt virker i dette miljøet.</source>
        <translation>Check that the municipality&apos;s setup with ID-porten, Altinn, Maskinporten and SvarUt works in this environment.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Nøkler uten miljø</source>
        <translation>Keys without an environment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De hører til {env}</source>
        <translation>They belong to {env}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fjern dem, jeg legger dem inn på nytt</source>
        <translation>Remove them, I will add them again</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postvakt lagrer nå passord og nøkler for Test og Produksjon hver for seg, så et produksjonspassord aldri sendes til en testtjeneste. Disse ble lagret av en eldre versjon og er ikke knyttet til noe miljø, så Postvakt bruker dem ikke før du sier hvor de hører til:
{names}

Er du usikker, fjern dem og legg inn verdiene på nytt for hvert miljø.</source>
        <translation>Postvakt now stores passwords and keys for Test and Production separately, so a production password is never sent to a test service. These were stored by an older version and are not linked to any environment, so Postvakt will not use them until you say where they belong:
{names}

If you are unsure, remove them and add the values again for each environment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Knytte nøklene til {env}?</source>
        <translation>Link the keys to {env}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt bruker da de gamle nøklene bare i {env}. Er det nøkler fra {env}-integrasjonen og -klienten din?</source>
        <translation>Postvakt will then use the old keys only in {env}. Are they keys from your {env} integration and client?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ble ikke flyttet</source>
        <translation>Not moved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjerne de gamle nøklene?</source>
        <translation>Remove the old keys?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne passord og nøkler som ikke er knyttet til noe miljø? Du legger dem inn på nytt for Test og Produksjon hver for seg.</source>
        <translation>Do you want to remove passwords and keys that are not linked to any environment? You will then add them again for Test and Production separately.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Passord og nøkler for SvarUt og Maskinporten gjelder bare miljøet de er lagret i. Nå vises de for: {env}.</source>
        <translation>Passwords and keys for SvarUt and Maskinporten apply only to the environment they are stored in. They are now shown for: {env}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Øving bruker egne øvingsnøkler, så her trenger du ikke lagre noe.</source>
        <translation>Practice uses its own practice keys, so you do not need to store anything here.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Velg den private nøkkelen (PEM)</source>
        <translation>Choose the private key (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privat nøkkel (*.pem *.key);;Alle filer (*)</source>
        <translation>Private key (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre i nøkkelringen</source>
        <translation>Save in the keyring</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Ble ikke lagret</source>
        <translation>Was not saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjerne fra nøkkelringen?</source>
        <translation>Remove from the keyring?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne «{name}» fra nøkkelringen? Du må legge det inn igjen for å bruke tjenesten.</source>
        <translation>Do you want to remove “{name}” from the keyring? You will have to enter it again to use the service.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SvarUt og Maskinporten</source>
        <translation>SvarUt and Maskinporten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trengs for å hente ny status fra SvarUt. Verdiene er ikke hemmelige; nøkkelen og integrasjonspassordet lagres i nøkkelringen ovenfor.</source>
        <translation>Needed to fetch new status from SvarUt. These values are not secret; the key and the integration password are stored in the keyring above.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SvarUt konto-ID:</source>
        <translation>SvarUt account ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fra Fiks forvaltning, for eksempel d6b23522-ddf3-462a-8140-16e59e1f476d</source>
        <translation>from Fiks forvaltning, for example d6b23522-ddf3-462a-8140-16e59e1f476d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maskinporten klient-ID:</source>
        <translation>Maskinporten client ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fra Samarbeidsportalen</source>
        <translation>from Samarbeidsportalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nøkkel-ID (kid):</source>
        <translation>Key ID (kid):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navnet på nøkkelen som er registrert på klienten</source>
        <translation>the name of the key registered on the client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virksomhetssertifikat:</source>
        <translation>Organisation certificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bare hvis dere bruker sertifikat i stedet for kid: sti til PEM-filen</source>
        <translation>only if you use a certificate instead of kid: path to the PEM file</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+20"/>
        <source>{name} (org.nr {orgnr})</source>
        <translation>{name} (org. no. {orgnr})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen arbeidsflater ennå.</source>
        <translation>No workspaces yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vil du slette øvingskommunen «{name}»? Den kommer ikke tilbake av seg selv.</source>
        <translation>Do you want to delete the practice municipality “{name}”? It will not come back by itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vil du slette arbeidsflaten «{name}» med alt som er registrert i den? Loggen beholder oppføringene. Dette kan ikke angres.</source>
        <translation>Do you want to delete the workspace “{name}” and everything recorded in it? The log keeps its entries. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slette arbeidsflaten?</source>
        <translation>Delete the workspace?</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>øvingsdata</source>
        <translation>practice data</translation>
    </message>
</context>
<context>
    <name>setup_check</name>
    <message>
        <location filename="../../desktop_app/views/setup_check_dialog.py" line="+40"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ikke sjekket</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sjekk oppsettet</source>
        <translation>Check the setup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sjekk</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva Postvakt fant</source>
        <translation>What Postvakt found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvem du spør</source>
        <translation>Who is asked</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kjør sjekken</source>
        <translation>Run the check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt sjekken</source>
        <translation>Stop the check</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sjekker det Postvakt trenger i {env} for {name} (org.nr {orgnr}).</source>
        <translation>Checking what Postvakt needs in {env} for {name} (org. no. {orgnr}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sjekker det Postvakt trenger i {env}. Velg kommunens arbeidsflate først for å sjekke at du kan representere den i Altinn.</source>
        <translation>Checking what Postvakt needs in {env}. Choose the municipality&apos;s workspace first to check that you can represent it in Altinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Du er ikke logget inn, så Altinn blir ikke sjekket: logg inn under Pålogging først for å sjekke alt.</source>
        <translation>You are not signed in, so Altinn will not be checked: sign in under Sign-in first to check everything.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sjekker …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Avbryter etter sjekken som pågår …</source>
        <translation>Stopping after the check in progress …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sjekken stoppet: {why}</source>
        <translation>The check stopped: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sjekket {when}</source>
        <translation>Checked {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{ok} ok, {failed} feil, {skipped} ikke sjekket.</source>
        <translation>{ok} OK, {failed} failed, {skipped} not checked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Du avbrøt sjekken.</source>
        <translation>You stopped the check.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt er klart.</source>
        <translation>Everything is ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekken er skrevet i loggen.</source>
        <translation>The check has been written to the log.</translation>
    </message>
</context>
<context>
    <name>shipment_events</name>
    <message>
        <location filename="../../desktop_app/views/shipments/events.py" line="+47"/>
        <source>Hendelser for forsendelsen</source>
        <translation>Shipment events</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hendelsesloggen i SvarUt for forsendelse {id}</source>
        <translation>SvarUt event log for shipment {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>Henter hendelsene fra SvarUt …</source>
        <translation>Fetching the events from SvarUt …</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hendelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hendelser</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teksten i hver hendelse kommer fra SvarUt. Fødselsnumre vises bare med fødselsdatoen.</source>
        <translation>The text of each event comes from SvarUt. National ID numbers are shown with the date of birth only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Øvingssandkassen kjører ikke ennå. Vent litt og trykk «Prøv igjen».</source>
        <translation>The Practice sandbox is not running yet. Wait a moment and press “Try again”.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 hendelse.</source>
        <translation>1 event.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} hendelser, eldste først.</source>
        <translation>{n} events, oldest first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SvarUt har ingen hendelser for denne forsendelsen.</source>
        <translation>SvarUt has no events for this shipment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hendelsene ble ikke hentet: {why}</source>
        <translation>The events could not be fetched: {why}</translation>
    </message>
</context>
<context>
    <name>shipment_table</name>
    <message>
        <location filename="../../desktop_app/views/shipments/formatting.py" line="+40"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hastegrad</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alder (dager)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekstern referanse</source>
        <translation>External reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taushetsbelagt</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun digital</source>
        <translation>Digital only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forsendelse-ID</source>
        <translation>Shipment ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linje i filen</source>
        <translation>Line in file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I faresonen</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan ikke vurderes</source>
        <translation>Cannot be assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke i faresonen</source>
        <translation>Not at risk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SvarUt har tatt imot forsendelsen, men den er ikke sendt videre ennå.</source>
        <translation>SvarUt has received the shipment, but it has not been passed on yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt har godtatt forsendelsen og holder på å sende den.</source>
        <translation>SvarUt has accepted the shipment and is sending it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt avviste forsendelsen. Den er aldri sendt til mottakeren.</source>
        <translation>SvarUt rejected the shipment. It was never sent to the recipient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noe gikk galt da SvarUt tok imot forsendelsen. Den er aldri sendt til mottakeren.</source>
        <translation>Something went wrong when SvarUt received the shipment. It was never sent to the recipient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forsendelsen venter på at mottakerens fagsystem henter den.</source>
        <translation>The shipment is waiting to be collected by the recipient&apos;s case management system.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet ligger i mottakerens innboks i Altinn, og mottakeren er varslet. Ingen har åpnet det ennå.</source>
        <translation>The letter is in the recipient&apos;s Altinn inbox, and the recipient has been notified. Nobody has opened it yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noen hos mottakeren har åpnet brevet.</source>
        <translation>Someone at the recipient has opened the letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet ble levert digitalt, men ingen åpnet det før lesefristen gikk ut, og det blir ikke sendt på papir.</source>
        <translation>The letter was delivered digitally, but nobody opened it before the reading deadline expired, and it will not be sent on paper.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brevet er sendt til utskrift og kommer i vanlig post.</source>
        <translation>The letter has been sent for printing and will arrive by ordinary post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er skrevet ut og sendt i vanlig post.</source>
        <translation>The letter has been printed and sent by ordinary post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er sendt til en digital postkasse for innbyggere.</source>
        <translation>The letter has been sent to a digital mailbox for residents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er levert i mottakerens digitale postkasse.</source>
        <translation>The letter has been delivered to the recipient&apos;s digital mailbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet kunne ikke leveres digitalt og blir ikke sendt på papir.</source>
        <translation>The letter could not be delivered digitally and will not be sent on paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen i kommunen har avsluttet forsendelsen for hånd i SvarUt.</source>
        <translation>Someone in the municipality has closed the shipment manually in SvarUt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forsendelsen er slettet i SvarUt.</source>
        <translation>The shipment has been deleted in SvarUt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er sendt gjennom Norsk helsenett.</source>
        <translation>The letter has been sent through Norsk helsenett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er levert gjennom Norsk helsenett.</source>
        <translation>The letter has been delivered through Norsk helsenett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt kjenner ikke statusen i filen, så den kan ikke forklares.</source>
        <translation>Postvakt does not recognise the status in the file, so it cannot be explained.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(mangler)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/shipments/table.py" line="+86"/>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv for å søke i alle kolonner, for eksempel «varslet» eller et org.nr</source>
        <translation>Type to search all columns, for example “notified” or an org. no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk i brevene</source>
        <translation>Search the letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis brev</source>
        <translation>Show letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle brev</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bare: {verdict}</source>
        <translation>Only: {verdict}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kolonner …</source>
        <translation>&amp;Columns …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hvilke kolonner som vises. Du kan også høyreklikke på overskriftene.</source>
        <translation>Choose which columns are shown. You can also right-click the headings.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brevene</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Om brevet</source>
        <translation>About the letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis &amp;hendelser</source>
        <translation>Show &amp;events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hent hendelsesloggen for forsendelsen fra SvarUt.</source>
        <translation>Fetch the shipment&apos;s event log from SvarUt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopier forsendelse-ID</source>
        <translation>Copy shipment ID</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Ingen brev</source>
        <translation>No letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} brev</source>
        <translation>{n} letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viser {shown} av {total} brev</source>
        <translation>Showing {shown} of {total} letters</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Velg et brev i tabellen for å se alt om det.</source>
        <translation>Select a letter in the table to see everything about it.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Person (fødselsnummeret vises ikke)</source>
        <translation>Person (national ID number not shown)</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <location filename="../../desktop_app/views/signin_panel.py" line="+55"/>
        <source>daglig leder</source>
        <translation>general manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>styreleder</source>
        <translation>chair of the board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hovedadministrator</source>
        <translation>main administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privatperson</source>
        <translation>private individual</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>i dag kl. {time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pålogging med ID-porten</source>
        <translation>Sign-in with ID-porten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logg inn med ID-porten</source>
        <translation>Log in with ID-porten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+383"/>
        <source>Avbryt innloggingen</source>
        <translation>Cancel the login</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Kopier innloggingsadressen</source>
        <translation>Copy the login address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvis nettleseren ikke åpnet seg: lim adressen inn i nettleseren selv.</source>
        <translation>If the browser did not open: paste the address into the browser yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hent virksomhetene på nytt</source>
        <translation>Fetch the organisations again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logg ut</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virksomheter du kan handle på vegne av (fra Altinn):</source>
        <translation>Organisations you can act on behalf of (from Altinn):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virksomheter du kan handle på vegne av</source>
        <translation>Organisations you can act on behalf of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomhet</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Org.nr.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Din rolle</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tilganger (scopes) Postvakt ber om:</source>
        <translation>Permissions (scopes) Postvakt asks for:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilganger (scopes) Postvakt ber om</source>
        <translation>Permissions (scopes) Postvakt asks for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardlisten (anbefalt)</source>
        <translation>Standard list (recommended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kommunens ID-porten-klient må ha fått tildelt hver tilgang i Samarbeidsportalen. Klient-ID-en legges inn under «Innlogging og nøkler» nedenfor. La feltet stå tomt for å bruke Postvakts standardliste.</source>
        <translation>The municipality&apos;s ID-porten client must have been granted each permission in Samarbeidsportalen. The client ID is entered under «Login and keys» below. Leave the field empty to use Postvakt&apos;s standard list.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ser etter en lagret innlogging …</source>
        <translation>Looking for a saved login …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Den lagrede innloggingen kunne ikke brukes: {why}</source>
        <translation>The saved login could not be used: {why}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Øving: innloggingen skjer i øvings-ID-porten på denne maskinen, uten nettleser. Du logges inn som den oppdiktede daglige lederen i Fjordvik kommune.</source>
        <translation>Practice: the login takes place in the practice ID-porten on this computer, without a browser. You are logged in as the fictional general manager of Fjordvik municipality.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test: nettleseren åpnes mot test-ID-porten. Logg inn med TestID og en syntetisk testperson fra Tenor. Kom tilbake hit når nettleseren sier «Ferdig i nettleseren».</source>
        <translation>Test: the browser opens the test ID-porten. Log in with TestID and a synthetic test person from Tenor. Come back here when the browser says «Finished in the browser».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nettleseren åpnes, og du logger inn med MinID, BankID, Buypass eller Commfides. Kom tilbake hit når nettleseren sier «Ferdig i nettleseren».</source>
        <translation>The browser opens, and you log in with MinID, BankID, Buypass or Commfides. Come back here when the browser says «Finished in the browser».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Du er ikke logget inn.&lt;/b&gt; Logg inn for å se hvilke virksomheter du kan handle på vegne av i Altinn.</source>
        <translation>&lt;b&gt;You are not logged in.&lt;/b&gt; Log in to see which organisations you can act on behalf of in Altinn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Logget inn som {name}&lt;/b&gt; ({env}).</source>
        <translation>&lt;b&gt;Logged in as {name}&lt;/b&gt; ({env}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangen fornyes av seg selv til {end}; da må du logge inn på nytt.</source>
        <translation>Access renews automatically until {end}; after that you must log in again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangen gjelder til {end} og fornyes av seg selv så lenge ID-porten tillater det.</source>
        <translation>Access is valid until {end} and renews automatically as long as ID-porten allows it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Når tilgangen går ut, fornyer Postvakt den via ID-porten i nettleseren. Det du har fylt inn, beholdes.</source>
        <translation>When access expires, Postvakt renews it through ID-porten in the browser. What you have filled in is kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Innloggingen huskes ikke til neste gang du starter Postvakt (ingen sikker nøkkelring på maskinen).</source>
        <translation>The login will not be remembered the next time you start Postvakt (no secure keyring on this computer).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Virksomhetene kunne ikke hentes: {why}</source>
        <translation>The organisations could not be fetched: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen virksomheter: du kan bare handle for deg selv.</source>
        <translation>No organisations: you can only act for yourself.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gjør klar innloggingen …</source>
        <translation>Preparing the login …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nettleseren er åpnet. Logg inn der, og kom tilbake hit. Postvakt venter i inntil fem minutter.</source>
        <translation>The browser has opened. Log in there, then come back here. Postvakt will wait for up to five minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fikk ikke åpnet nettleseren. Trykk «Kopier innloggingsadressen» og lim den inn i nettleseren.</source>
        <translation>Could not open the browser. Press «Copy the login address» and paste it into the browser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logger inn i øvings-ID-porten …</source>
        <translation>Logging in to the practice ID-porten …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Innloggingen ble avbrutt. Du er ikke logget inn.</source>
        <translation>The login was cancelled. You are not logged in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adressen er kopiert. Lim den inn i nettleseren.</source>
        <translation>The address has been copied. Paste it into the browser.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Du er logget ut.</source>
        <translation>You are logged out.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Henter virksomhetene …</source>
        <translation>Fetching the organisations …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tilgangene er lagret. De brukes neste gang du logger inn.</source>
        <translation>The permissions have been saved. They will be used the next time you log in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logg inn i Altinn</source>
        <translation>Log in to Altinn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samme innlogging som under Innstillinger → Pålogging. Da kan Postvakt gjøre dette i Altinn for deg.</source>
        <translation>The same sign-in as under Settings → Sign-in. Then Postvakt can do this in Altinn for you.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logg inn under Innstillinger → Pålogging.</source>
        <translation>Log in under Settings → Sign-in.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Øving</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produksjon</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tilgangspakker</source>
        <translation>access packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (bare underenheter)</source>
        <translation> (sub-units only)</translation>
    </message>
</context>
<context>
    <name>unopened_check</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/check_steps.py" line="+47"/>
        <source>Kommunen sender brev til virksomheter bare digitalt (1a). Brev som ingen åpner, blir aldri skrevet ut og sendt i posten. Det er sannsynlig at brev ligger uåpnet, og alle brevene i listen haster.</source>
        <translation>The municipality sends letters to organisations digitally only (1a). Letters that nobody opens are never printed and posted. It is likely that letters are lying unopened, and all the letters in the list are urgent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kommunen skriver ut brev som ikke åpnes digitalt (1b). De fleste brevene har da kommet fram på papir. Brev som ikke kunne leveres, og brev som fortsatt står som varslet etter {days} dager, bør likevel sjekkes.</source>
        <translation>The municipality prints letters that are not opened digitally (1b). Most of the letters will then have arrived on paper. Letters that could not be delivered, and letters still shown as notified after {days} days, should still be checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Du vet ikke om kommunen skriver ut brev som ikke åpnes. Postvakt regner brevene som «bør sjekkes snart» til du vet. Sjekk innstillingen i SvarUt og kjør kontrollen på nytt.</source>
        <translation>You do not know whether the municipality prints letters that are not opened. Postvakt treats the letters as «should be checked soon» until you know. Check the setting in SvarUt and run the check again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/check.py" line="+79"/>
        <source>Neste &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Tilbake</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferdig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Brevene ble ikke sortert med de nye statusene</source>
        <translation>The letters were not sorted with the new statuses</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Uåpnet post</source>
        <translation>Unopened mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finn taushetsbelagte brev fra kommunen som virksomheter aldri har åpnet i Altinn, og følg dem opp. Du kan kjøre kontrollen så ofte du vil; hver kjøring blir lagret.</source>
        <translation>Find confidential letters from the municipality that organisations have never opened in Altinn, and follow them up. You can run the check as often as you like; every run is saved.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Steg {n} av {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/risk_page.py" line="+25"/>
        <source>Skriver SvarUt ut brev som ingen åpner?</source>
        <translation>Does SvarUt print letters that nobody opens?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaret avgjør hvor mye det haster med brevene Postvakt finner.</source>
        <translation>The answer determines how urgent the letters Postvakt finds are.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kommunen sender brev til virksomheter gjennom SvarUt. De havner i virksomhetens innboks i Altinn. Taushetsbelagte brev kan bare leses av den som har fått tilgang til dem i Altinn, og mange virksomheter har ikke gitt noen den tilgangen. Da blir brevene liggende uåpnet. Bergen kommune fant 1 307 slike brev til 162 virksomheter i 2023.</source>
        <translation>The municipality sends letters to organisations through KS SvarUt. They end up in the organisation&apos;s inbox in Altinn. Confidential letters can only be read by someone who has been given access to them in Altinn, and many organisations have not given anyone that access. The letters are then left unopened. Bergen municipality found 1,307 such letters to 162 organisations in 2023.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hvor alvorlig det er, kommer an på én innstilling i SvarUt: Får virksomheter brevene bare digitalt, eller skrives brevet ut og sendes i posten når ingen åpner det? Innstillingen finner du i SvarUt på Fiks-plattformen. Spør den som administrerer SvarUt-kontoen hvis du ikke finner den.</source>
        <translation>How serious this is depends on one setting in SvarUt: do organisations receive the letters digitally only, or is the letter printed and posted when nobody opens it? You will find the setting in SvarUt on the Fiks platform. Ask whoever manages the SvarUt account if you cannot find it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1a: Bare digitalt</source>
        <translation>1a: Digital only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter får brevene bare i Altinn. Brev som ingen åpner, blir aldri skrevet ut.</source>
        <translation>Organisations receive the letters only in Altinn. Letters that nobody opens are never printed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1b: Digitalt, og på papir hvis ingen åpner</source>
        <translation>1b: Digital, and on paper if nobody opens it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt skriver ut brevet og sender det i posten når det ikke er åpnet innen fristen.</source>
        <translation>SvarUt prints the letter and posts it when it has not been opened by the deadline.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vet ikke ennå</source>
        <translation>Don&apos;t know yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du kan gå videre og svare senere; kjør da kontrollen på nytt.</source>
        <translation>You can continue and answer later; then run the check again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvordan er innstillingen hos dere?</source>
        <translation>What is your setting?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Velg eller lag en arbeidsflate først (øverst i vinduet).</source>
        <translation>Choose or create a workspace first (at the top of the window).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tidligere kontroller kunne ikke leses</source>
        <translation>Previous checks could not be read</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valgt ut fra forrige kontroll. Endre det hvis innstillingen er endret siden.</source>
        <translation>Selected based on the previous check. Change it if the setting has changed since then.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/import_page.py" line="+49"/>
        <source>Importer rapporten fra SvarUt</source>
        <translation>Import the report from SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg en fil som er eksportert fra SvarUt, eller lim inn forsendelse-ID-er.</source>
        <translation>Choose a file exported from SvarUt, or paste shipment IDs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slik får du rapporten: Gå inn i Fiks-portalen og åpne SvarUt. Velg «avsender for meldinger», søk etter taushetsbelagt post som ikke er åpnet og lest, og hent resultatet ut som en rapport (Excel eller CSV). Filen kan ha norske eller engelske overskrifter.</source>
        <translation>How to get the report: Go to the Fiks portal and open SvarUt. Choose «avsender for meldinger» (sender of messages), search for confidential mail that has not been opened and read, and export the result as a report (Excel or CSV). The file can have Norwegian or English column headings.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prøv med eksempelfilen</source>
        <translation>Try with the sample file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kjør kontrollen på en oppdiktet eksport fra SvarUt for øvingskommunen Fjordvik. Finnes bare i Øving.</source>
        <translation>Run the check on a made-up export from SvarUt for the practice municipality Fjordvik. Only available in Practice.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Eller lim inn forsendelse-ID-er, én per linje</source>
        <translation>Or paste shipment IDs, one per line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forsendelse-ID-er</source>
        <translation>Shipment IDs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bruk ID-ene</source>
        <translation>Use the IDs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg kolonner …</source>
        <translation>Choose columns …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre på nytt</source>
        <translation>Save again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rader som ikke kunne leses</source>
        <translation>Rows that could not be read</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Velg eksporten fra SvarUt</source>
        <translation>Choose the export from SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SvarUt-eksport (*.csv *.xlsx *.xls *.ods *.txt);;Alle filer (*)</source>
        <translation>SvarUt export (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Leser …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importen ble avbrutt. Ingenting er lagret; velg filen på nytt når du vil.</source>
        <translation>The import was cancelled. Nothing has been saved; choose the file again whenever you like.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postvakt fant ikke alle kolonnene den trenger i filen. Velg hvilken kolonne som er hva.</source>
        <translation>Postvakt could not find all the columns it needs in the file. Choose which column is which.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lest inn {n} forsendelser fra {name}.</source>
        <translation>Read {n} shipments from {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Én rad hadde feil; den er listet under. Resten er lest inn.</source>
        <translation>One row had errors; it is listed below. The rest has been read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} rader hadde feil; de er listet under. Resten er lest inn.</source>
        <translation>{n} rows had errors; they are listed below. The rest has been read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linje {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hele filen</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… og {n} til. Rett de første og importer på nytt.</source>
        <translation>… and {n} more. Correct the first ones and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/result_page.py" line="+41"/>
        <source>Brev som ingen har åpnet</source>
        <translation>Letters nobody has opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taushetsbelagte brev til virksomheter, samlet per mottaker.</source>
        <translation>Confidential letters to organisations, grouped by recipient.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«I faresonen» betyr: brevet er taushetsbelagt, gikk til en virksomhet, og statusen i SvarUt viser at ingen har åpnet det (varslet, sendt digitalt eller ikke levert). Da har trolig ingen i virksomheten tilgang til å lese taushetsbelagt post i Altinn. Brev til personer er ikke med.</source>
        <translation>«At risk» means: the letter is confidential, went to an organisation, and its status in SvarUt shows that nobody has opened it (notified, sent digitally or not delivered). Most likely nobody in the organisation has access to read confidential mail in Altinn. Letters to individuals are not included.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Eldste sendt</source>
        <translation>Oldest sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager siden</source>
        <translation>Days ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hastegrad</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virksomheter med uåpnede brev</source>
        <translation>Organisations with unopened letters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva det betyr, og hva du gjør</source>
        <translation>What it means, and what to do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brev som ikke kan vurderes</source>
        <translation>Letters that cannot be assessed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sorterer brevene med statusene fra SvarUt …</source>
        <translation>Sorting the letters with the statuses from SvarUt …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ett uåpnet brev</source>
        <translation>One unopened letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} uåpnede brev</source>
        <translation>{n} unopened letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{letters} kan ikke knyttes til en mottaker, fordi filen ikke har et gyldig organisasjonsnummer for dem. Kontrollen kan derfor ikke si at alt er i orden. Velg kolonnen med organisasjonsnummeret (forrige steg) hvis filen har en, eller finn brevene i SvarUt.</source>
        <translation>{letters} cannot be linked to a recipient, because the file has no valid organisation number for them. The check therefore cannot say that everything is OK. Choose the column with the organisation number (previous step) if the file has one, or find the letters in SvarUt.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>{n} brev til {m} virksomheter er i faresonen.</source>
        <translation>{n} letters to {m} organisations are at risk.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{n} brev til 1 virksomhet er i faresonen.</source>
        <translation>{n} letters to 1 organisation are at risk.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Ingen brev er funnet i faresonen, men {n} brev kan ikke vurderes. Se under hva du gjør.</source>
        <translation>No letters were found at risk, but {n} letters cannot be assessed. See below for what to do.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen taushetsbelagte brev til virksomheter ligger uåpnet i denne rapporten.</source>
        <translation>No confidential letters to organisations are lying unopened in this report.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(navn mangler)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{n} brev kan ikke vurderes ut fra rapporten:</source>
        <translation>{n} letters cannot be assessed from the report:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle brevene i rapporten kunne vurderes.</source>
        <translation>All the letters in the report could be assessed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} brev er åpnet, skrevet ut, gikk til personer eller er ikke taushetsbelagt.</source>
        <translation>{n} letters have been opened, printed, went to individuals or are not confidential.</translation>
    </message>
</context>
<context>
    <name>unopened_followup</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/followup.py" line="+59"/>
        <source>Følg opp virksomhetene</source>
        <translation>Follow up the organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Et utkast til melding for hver virksomhet. Send det, og noter hva som er gjort.</source>
        <translation>A draft message for each organisation. Send it, and note what has been done.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meldingen sier hvor mange brev virksomheten har fått, når de ble sendt, og hvilken tilgang de må gi i Altinn. Den har ingen titler eller andre opplysninger fra brevene. Rapporten har ikke virksomhetens e-postadresse, så den fyller du inn selv.</source>
        <translation>The message says how many letters the organisation has received, when they were sent, and which access they must grant in Altinn. It contains no titles or other information from the letters. The report does not have the organisation&apos;s email address, so you fill that in yourself.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Virksomheter</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Utkast til melding</source>
        <translation>Draft message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopier teksten</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne som e-post</source>
        <translation>Open as email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre som .eml …</source>
        <translation>Save as .eml …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oppfølging av denne virksomheten</source>
        <translation>Follow-up of this organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>For eksempel hvem du snakket med</source>
        <translation>For example, who you spoke to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location filename="../../desktop_app/wizards/unopened/own_inbox.py" line="+78"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Lagre oppfølging</source>
        <translation>Save follow-up</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eksporter alle utkast for fletting (CSV) …</source>
        <translation>Export all drafts for mail merge (CSV) …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Oppfølgingen kunne ikke leses</source>
        <translation>The follow-up could not be read</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}
{orgnr} · {n} brev · {status}</source>
        <translation>{name}
{orgnr} · {n} letters · {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ingen virksomheter å følge opp i denne rapporten.</source>
        <translation>No organisations to follow up in this report.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emne: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teksten er kopiert.</source>
        <translation>The text has been copied.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fant ikke e-postprogrammet</source>
        <translation>Email program not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt fikk ikke åpnet et e-postprogram. Kopier teksten, eller lagre den som .eml og åpne filen.</source>
        <translation>Postvakt could not open an email program. Copy the text, or save it as .eml and open the file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lagre utkastet</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-post (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Utkastet er lagret i {path}.</source>
        <translation>The draft has been saved in {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkastet ble ikke lagret</source>
        <translation>The draft was not saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eksporter utkastene</source>
        <translation>Export the drafts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel og fletting (*.csv)</source>
        <translation>CSV for Excel and mail merge (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} utkast er lagret i {path}.</source>
        <translation>{n} drafts have been saved in {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkastene ble ikke lagret</source>
        <translation>The drafts were not saved</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Oppfølgingen ble ikke lagret</source>
        <translation>The follow-up was not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/own_inbox.py" line="-31"/>
        <source>Kommunens egen innkommende post</source>
        <translation>The municipality&apos;s own incoming mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekk i Altinn om kommunen selv har taushetsbelagte brev som ingen har åpnet.</source>
        <translation>Check in Altinn whether the municipality itself has confidential letters that nobody has opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dette sjekker du selv i Altinn: logg inn på altinn.no, se i innboksen til hvert av kommunens organisasjonsnumre, og svar her for hvert av dem. Du ser de taushetsbelagte brevene bare hvis du har tilgang til taushetsbelagt post for nummeret; veiledningen under viser hvordan.</source>
        <translation>You check this yourself in Altinn: log in at altinn.no, look in the inbox of each of the municipality&apos;s organisation numbers, and answer here for each of them. You only see the confidential letters if you have access to confidential mail for that number; the guidance below shows how.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org.nr</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uåpnet taushetsbelagt post?</source>
        <translation>Unopened confidential mail?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekket</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Svar for hvert organisasjonsnummer</source>
        <translation>Answer for each organisation number</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enhetene kunne ikke leses</source>
        <translation>The units could not be read</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Svar for {name}</source>
        <translation>Answer for {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sjekket dato for {name}</source>
        <translation>Date checked for {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notat for {name}</source>
        <translation>Note for {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre svaret for {name}</source>
        <translation>Save the answer for {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{done} av {total} organisasjonsnumre er sjekket.</source>
        <translation>{done} of {total} organisation numbers have been checked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} har uåpnet taushetsbelagt post: gi noen tilgang til å lese den, og åpne brevene.</source>
        <translation>{n} have unopened confidential mail: give someone access to read it, and open the letters.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Svaret ble ikke lagret</source>
        <translation>The answer was not saved</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop_app/views/widgets.py" line="+21"/>
        <source>sidetittel</source>
        <translation>page title</translation>
    </message>
</context>
</TS>
