<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop_app/views/context.py" line="+117"/>
        <source>Postvakt fikk ikke åpnet nettleseren for ID-porten. Prøv igjen, eller logg inn på nytt under Innstillinger → Pålogging.</source>
        <translation>Postvakt fekk ikkje opna nettlesaren for ID-porten. Prøv igjen, eller logg inn på nytt under Innstillingar → Pålogging.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Det gikk ikke</source>
        <translation>Det gjekk ikkje</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Sandkassen startet ikke</source>
        <translation>Sandkassa starta ikkje</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Miljøet er byttet, men det ble ikke lagret eller skrevet i loggen</source>
        <translation>Miljøet er bytt, men det vart ikkje lagra eller skrive i loggen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Innstillingen ble ikke lagret</source>
        <translation>Innstillinga vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Innstillingene ble ikke lagret</source>
        <translation>Innstillingane vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>access_plan</name>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/dialog.py" line="+57"/>
        <source>Gi tilgang til mange organisasjonsnumre</source>
        <translation>Gi tilgang til mange organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Varslingsadresse for mange organisasjonsnumre</source>
        <translation>Varslingsadresse for mange organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/wanted.py" line="+49"/>
        <source>Skriv inn personen én gang og velg organisasjonsnumrene. Postvakt viser hva som må endres før noe skjer i Altinn.</source>
        <translation>Skriv inn personen éin gong og vel organisasjonsnumra. Postvakt viser kva som må endrast før noko skjer i Altinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv inn adressen én gang og velg organisasjonsnumrene. Postvakt viser hva som må endres før noe skjer i Altinn.</source>
        <translation>Skriv inn adressa éin gong og vel organisasjonsnumra. Postvakt viser kva som må endrast før noko skjer i Altinn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11 siffer – Altinn trenger det for å gi tilgangen</source>
        <translation>11 siffer – Altinn treng det for å gi tilgangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/dialog.py" line="+26"/>
        <location filename="../../desktop_app/wizards/access_plan/wanted.py" line="+2"/>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/wanted.py" line="+3"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-post:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvorfor:</source>
        <translation>&amp;Kvifor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varslingsadresse</source>
        <translation>Varslingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post eller mobilnummer</source>
        <translation>E-post eller mobilnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bare &amp;disse:</source>
        <translation>Berre &amp;desse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisasjonsnumre å ta med</source>
        <translation>Organisasjonsnummer som skal vere med</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bruk en &amp;liste (Excel eller CSV) …</source>
        <translation>Bruk ei &amp;liste (Excel eller CSV) …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vis planen</source>
        <translation>&amp;Vis planen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Person fra oppgaven</source>
        <translation>Person frå oppgåva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Neste person i oppgaven</source>
        <translation>&amp;Neste person i oppgåva</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skriv fødselsnummeret til {name}; det står ikke i oppgaven.</source>
        <translation>Skriv fødselsnummeret til {name}; det står ikkje i oppgåva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Alle organisasjonsnumre i arbeidsflaten ({n})</source>
        <translation>&amp;Alle organisasjonsnummer i arbeidsflata ({n})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Organisasjonsnumrene er ikke lest ennå. Vent litt, og prøv igjen.</source>
        <translation>Organisasjonsnumra er ikkje lesne enno. Vent litt, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg minst ett organisasjonsnummer.</source>
        <translation>Vel minst eitt organisasjonsnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skrevet inn</source>
        <translation>ført inn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv inn navnet på personen.</source>
        <translation>Skriv inn namnet på personen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Velg listen</source>
        <translation>Vel lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disse linjene ble hoppet over:</source>
        <translation>Desse linjene vart hoppa over:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/dialog.py" line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+39"/>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+1"/>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+1"/>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="+1"/>
        <source>Org.nr</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planen</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tilbake</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Til &amp;daglig leder …</source>
        <translation>Til &amp;dagleg leiar …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag et brev, et e-postutkast og en oppgavefil til den som kan gi tilgangene i Altinn</source>
        <translation>Lag eit brev, eit e-postutkast og ei oppgåvefil til den som kan gi tilgangane i Altinn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Utfør i Altinn</source>
        <translation>&amp;Utfør i Altinn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leser hva Altinn har nå …</source>
        <translation>Les kva Altinn har no …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lager planen …</source>
        <translation>Lagar planen …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planen bygger på det Postvakt sist leste fra Altinn eller fikk ført inn. Logg inn i Altinn (øverst i vinduet) for å lese på nytt og utføre den.</source>
        <translation>Planen byggjer på det Postvakt sist las frå Altinn eller fekk ført inn. Logg inn i Altinn (øvst i vindauget) for å lese på nytt og utføre han.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lest fra Altinn nå, unntatt {n} organisasjonsnumre som ikke svarte; for dem bygger planen på det Postvakt hadde fra før.</source>
        <translation>Lese frå Altinn no, med unntak av {n} organisasjonsnummer som ikkje svarte; for dei byggjer planen på det Postvakt hadde frå før.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lest fra Altinn nå. {env}: endringene gjøres når du trykker «Utfør i Altinn».</source>
        <translation>Lese frå Altinn no. {env}: endringane blir gjorde når du trykkjer «Utfør i Altinn».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Utfør i Altinn ({n} endringer)</source>
        <translation>&amp;Utfør i Altinn ({n} endringar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/access_plan/results.py" line="-12"/>
        <source>Fremdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resultat per endring</source>
        <translation>Resultat per endring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stopp</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prøv de som gjenstår på nytt</source>
        <translation>&amp;Prøv dei som står att, på nytt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gjør endringene i Altinn …</source>
        <translation>Gjer endringane i Altinn …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feilet</source>
        <translation>Feila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke utført</source>
        <translation>Ikkje utført</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stopper etter endringen som pågår …</source>
        <translation>Stoppar etter endringa som går no …</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../desktop_app/views/accessibility.py" line="+323"/>
        <source>Sorter tabellen</source>
        <translation>Sorter tabellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stigende</source>
        <translation>stigande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synkende</source>
        <translation>søkkande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorter etter {column}, {order}</source>
        <translation>Sorter etter {column}, {order}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Innhold – rull med piltastene</source>
        <translation>Innhald – rull med piltastane</translation>
    </message>
</context>
<context>
    <name>altinn_wiring</name>
    <message>
        <location filename="../../desktop_app/views/altinn_wiring.py" line="+146"/>
        <source>Lesing fra Altinn</source>
        <translation>Lesing frå Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopp</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopper lesingen. Det som alt er lest, beholdes.</source>
        <translation>Stoppar lesinga. Det som alt er lese, blir teke vare på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopp lesingen fra Altinn</source>
        <translation>Stopp lesinga frå Altinn</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Leser tilganger og varslingsadresser fra Altinn …</source>
        <translation>Les tilgangar og varslingsadresser frå Altinn …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Leser fra Altinn ({done} av {total}): {what}</source>
        <translation>Les frå Altinn ({done} av {total}): {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lest fra Altinn, men {n} av {total} virksomheter kunne ikke leses. Se Taushetsbelagt post og Varsling.</source>
        <translation>Lese frå Altinn, men {n} av {total} verksemder kunne ikkje lesast. Sjå Teiepliktbelagd post og Varsling.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilganger og varslingsadresser er lest fra Altinn for alle {n} virksomheter.</source>
        <translation>Tilgangar og varslingsadresser er lesne frå Altinn for alle {n} verksemdene.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lesingen fra Altinn stoppet: {why}</source>
        <translation>Lesinga frå Altinn stoppa: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesingen fra Altinn ble stoppet. Det som ble lest, er lagret.</source>
        <translation>Lesinga frå Altinn vart stoppa. Det som vart lese, er lagra.</translation>
    </message>
</context>
<context>
    <name>audit_log</name>
    <message>
        <location filename="../../desktop_app/views/audit_log.py" line="+55"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt du bekrefter i Postvakt skrives her, med tid, bruker og arbeidsflate. Oppføringene er lenket sammen og forseglet med en nøkkel i nøkkelringen på denne maskinen, så en endret eller slettet oppføring blir oppdaget. Loggen kan ikke alene vise at noen har fjernet de nyeste oppføringene eller lagt tilbake en eldre kopi av hele filen. Det viser kontrollpunktet i en eksportert fil: postvakt-cli audit verify --mot FIL. Uten nøkkelring er loggen ikke forseglet, og da kan den som har tilgang til filen, skrive den om.</source>
        <translation>Alt du stadfestar i Postvakt, blir skrive her, med tid, brukar og arbeidsflate. Oppføringane er lenkja saman og forsegla med ein nøkkel i nøkkelringen på denne maskina, så ei endra eller sletta oppføring blir oppdaga. Loggen kan ikkje åleine vise at nokon har fjerna dei nyaste oppføringane eller lagt tilbake ein eldre kopi av heile fila. Det viser kontrollpunktet i ei eksportert fil: postvakt-cli audit verify --mot FIL. Utan nøkkelring er loggen ikkje forsegla, og då kan den som har tilgang til fila, skrive han om.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Søk i loggen …</source>
        <translation>Søk i loggen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk i loggen</source>
        <translation>Søk i loggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis bare handling</source>
        <translation>Vis berre handling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis arbeidsflater</source>
        <translation>Vis arbeidsflater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle arbeidsflater</source>
        <translation>Alle arbeidsflater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare denne arbeidsflaten</source>
        <translation>Berre denne arbeidsflata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksporter til CSV …</source>
        <translation>Eksporter til CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontroller på nytt</source>
        <translation>Kontroller på nytt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arbeidsflate</source>
        <translation>Arbeidsflate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detaljer</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loggoppføringer</source>
        <translation>Loggoppføringar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>⚠ ENDRET ETTERPÅ: {why}</source>
        <translation>⚠ ENDRA ETTERPÅ: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alle handlinger</source>
        <translation>Alle handlingar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… og {n} til.</source>
        <translation>… og {n} til.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loggen er ikke hel: noen har endret eller slettet oppføringer.</source>
        <translation>Loggen er ikkje heil: nokon har endra eller sletta oppføringar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta vare på en kopi av databasen og si fra til IT-avdelingen.</source>
        <translation>Ta vare på ein kopi av databasen og sei frå til IT-avdelinga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loggen er tom ennå.</source>
        <translation>Loggen er tom enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggen er hel: oppføringen er kontrollert og uendret.</source>
        <translation>Loggen er heil: oppføringa er kontrollert og uendra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggen er hel: alle {n} oppføringene er kontrollert og uendret.</source>
        <translation>Loggen er heil: alle dei {n} oppføringane er kontrollerte og uendra.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Eksporter loggen</source>
        <translation>Eksporter loggen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loggen er eksportert</source>
        <translation>Loggen er eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én oppføring er lagret i {path}.</source>
        <translation>Éi oppføring er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} oppføringer er lagret i {path}.</source>
        <translation>{n} oppføringar er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loggen ble ikke lagret i {path}. Velg en mappe du kan skrive i (for eksempel Dokumenter) og prøv igjen.</source>
        <translation>Loggen vart ikkje lagra i {path}. Vel ei mappe du kan skrive i (til dømes Dokument), og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>column_mapping</name>
    <message>
        <location filename="../../desktop_app/views/column_mapping.py" line="+60"/>
        <source>Hvilken kolonne er hva?</source>
        <translation>Kva kolonne er kva?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postvakt kjenner ikke igjen alle kolonnene i filen. Velg hvilken kolonne som inneholder hva. Felt merket * må velges. Valget huskes, så neste fil med de samme kolonnene leses uten å spørre.</source>
        <translation>Postvakt kjenner ikkje att alle kolonnane i fila. Vel kva kolonne som inneheld kva. Felt merkte * må veljast. Valet blir hugsa, så neste fil med dei same kolonnane blir lesen utan å spørje.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(ikke i filen)</source>
        <translation>(ikkje i fila)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bruk og husk</source>
        <translation>Bruk og hugs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Velg en kolonne for: {fields}.</source>
        <translation>Vel ein kolonne for: {fields}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kolonnen «{header}» er valgt to ganger. Velg den bare én gang.</source>
        <translation>Kolonnen «{header}» er vald to gonger. Vel han berre éin gong.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Kolonnevalget ble ikke lagret</source>
        <translation>Kolonnevalet vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>confidential_access</name>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="+32"/>
        <source>I orden</source>
        <translation>I orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bør sjekkes</source>
        <translation>Bør sjekkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kan lese</source>
        <translation>Ingen kan lese</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="+230"/>
        <location line="+9"/>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="+1"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/texts.py" line="+16"/>
        <source>Lest fra Altinn {time}</source>
        <translation>Lese frå Altinn {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbeidsflaten har ingen virksomheter ennå. Legg dem til under Virksomheter.</source>
        <translation>Arbeidsflata har ingen verksemder enno. Legg dei til under Verksemder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukjent: Postvakt har ikke lest fra Altinn hvem som har tilgang for de {n} organisasjonsnumrene. Logg inn og les tilgangene, eller før dem inn.</source>
        <translation>Ukjend: Postvakt har ikkje lese frå Altinn kven som har tilgang for dei {n} organisasjonsnumra. Logg inn og les tilgangane, eller før dei inn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen av de {n} organisasjonsnumrene Postvakt kjenner tilgangene for, har noen som kan lese taushetsbelagt post.</source>
        <translation>Ingen av dei {n} organisasjonsnumra Postvakt kjenner tilgangane for, har nokon som kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen av de {n} organisasjonsnumrene har noen som kan lese taushetsbelagt post.</source>
        <translation>Ingen av dei {n} organisasjonsnumra har nokon som kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{bad} av {n} organisasjonsnumre: ingen kan lese taushetsbelagt post.</source>
        <translation>{bad} av {n} organisasjonsnummer: ingen kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle {n} organisasjonsnumre Postvakt kjenner tilgangene for, har noen som kan lese taushetsbelagt post.</source>
        <translation>Alle dei {n} organisasjonsnumra Postvakt kjenner tilgangane for, har nokon som kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle {n} organisasjonsnumre har noen som kan lese taushetsbelagt post.</source>
        <translation>Alle dei {n} organisasjonsnumra har nokon som kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warn} bør sjekkes, {ok} er i orden.</source>
        <translation>{warn} bør sjekkast, {ok} er i orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{warn} bør sjekkes.</source>
        <translation>{warn} bør sjekkast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De andre {ok} er i orden.</source>
        <translation>Dei andre {ok} er i orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt er i orden.</source>
        <translation>Alt er i orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} er ukjent: ikke lest fra Altinn ennå.</source>
        <translation>{n} er ukjende: ikkje lese frå Altinn enno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lest fra Altinn</source>
        <translation>Lese frå Altinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eldste lesing fra Altinn:</source>
        <translation>Eldste lesing frå Altinn:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tilgangspakken</source>
        <translation>Tilgangspakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle {code}</source>
        <translation>Rolle {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/grant_dialog.py" line="+31"/>
        <source>Gi tilgang i Altinn</source>
        <translation>Gi tilgang i Altinn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gi {name} tilgangspakken «{package}» for {unit}. Altinn trenger fødselsnummer og etternavn. Postvakt lagrer ikke fødselsnummeret.</source>
        <translation>Gi {name} tilgangspakken «{package}» for {unit}. Altinn treng fødselsnummer og etternamn. Postvakt lagrar ikkje fødselsnummeret.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>11 siffer, eller brukernavn i Altinn</source>
        <translation>11 siffer, eller brukarnamn i Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnummer:</source>
        <translation>Fødselsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etternavn:</source>
        <translation>Etternamn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gi tilgang</source>
        <translation>Gi tilgang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="-151"/>
        <source>Taushetsbelagt post</source>
        <translation>Teiepliktbelagd post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvert organisasjonsnummer trenger minst én navngitt person som kan lese taushetsbelagt post i Altinn, og bare de med tjenstlig behov skal ha tilgangen. Ingen har den fra før, heller ikke daglig leder.</source>
        <translation>Kvart organisasjonsnummer treng minst éin namngitt person som kan lese teiepliktbelagd post i Altinn, og berre dei med tenestleg behov skal ha tilgangen. Ingen har han frå før, heller ikkje dagleg leiar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Virksomhet:</source>
        <translation>Verksemd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+81"/>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gi tilgang til &amp;mange …</source>
        <translation>Gi tilgang til &amp;mange …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én person, eller en liste, for alle eller flere organisasjonsnumre på en gang</source>
        <translation>Éin person, eller ei liste, for alle eller fleire organisasjonsnummer på ein gong</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Oversikt</source>
        <translation>1. Oversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Hvem skal lese</source>
        <translation>2. Kven skal lese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Hvem har tilgang</source>
        <translation>3. Kven har tilgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Rutine</source>
        <translation>4. Rutine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene for portalen.</source>
        <translation>Logga inn, men Altinn lèt ikkje Postvakt gjere dette direkte: {why} Bruk stega for portalen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koblet til Altinn: tilganger leses og endres direkte.</source>
        <translation>Kopla til Altinn: tilgangar blir lesne og endra direkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke logget inn i Altinn: skriv inn eller importer tilgangene, og følg stegene for portalen.</source>
        <translation>Ikkje logga inn i Altinn: skriv inn eller importer tilgangane, og følg stega for portalen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="-28"/>
        <source>Vis:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumre</source>
        <translation>Alle organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare der ingen kan lese</source>
        <translation>Berre der ingen kan lese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt som bør rettes</source>
        <translation>Alt som bør rettast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Eksporter oversikten …</source>
        <translation>Eksporter oversikta …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Som Excel (XLSX) eller CSV, til å dele med enhetene.</source>
        <translation>Som Excel (XLSX) eller CSV, til å dele med einingane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oversikt over tilgang per organisasjonsnummer</source>
        <translation>Oversikt over tilgang per organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org.nr</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser</source>
        <translation>Godkjend lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan lese</source>
        <translation>Kan lese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andre med tilgang</source>
        <translation>Andre med tilgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsling</source>
        <translation>Varsling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hva må gjøres</source>
        <translation>Kva må gjerast</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Før opp hvem som skal kunne lese taushetsbelagt post for virksomheten, og hvorfor. Listen er grunnlaget for å gi og fjerne tilganger.</source>
        <translation>Før opp kven som skal kunne lese teiepliktbelagd post for verksemda, og kvifor. Lista er grunnlaget for å gi og fjerne tilgangar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="+47"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+8"/>
        <source>Legg til godkjent leser</source>
        <translation>Legg til godkjend lesar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+3"/>
        <source>For eksempel Sara Holm</source>
        <translation>Til dømes Sara Holm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>navn@kommune.no</source>
        <translation>namn@kommune.no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+47 912 34 567 (valgfritt)</source>
        <translation>+47 912 34 567 (valfritt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hvem godkjente (valgfritt)</source>
        <translation>Kven godkjende (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E-post eller brukernavn:</source>
        <translation>E-post eller brukarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor:</source>
        <translation>Kvifor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent av:</source>
        <translation>Godkjend av:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="+1"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+1"/>
        <source>Legg til på godkjent-listen</source>
        <translation>Legg til på lista over godkjende</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+2"/>
        <source>Avbryt endringen</source>
        <translation>Avbryt endringa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Godkjente lesere</source>
        <translation>Godkjende lesarar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Har tilgang i Altinn</source>
        <translation>Har tilgang i Altinn</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Godkjent</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endre …</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hent personen opp i skjemaet over for å rette navn, adresse eller hvorfor.</source>
        <translation>Hent personen opp i skjemaet over for å rette namn, adresse eller kvifor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="+80"/>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="+4"/>
        <source>Fjern fra godkjent-listen</source>
        <translation>Fjern frå lista over godkjende</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/sections.py" line="-74"/>
        <source>✖ Ingen kan lese: rød. ! Bør sjekkes: gul. ✔ I orden: grønn. «Hva må gjøres» sier hva som mangler; Enter eller dobbeltklikk på en rad åpner fanen som retter det.</source>
        <translation>✖ Ingen kan lese: raud. ! Bør sjekkast: gul. ✔ I orden: grøn. «Kva må gjerast» seier kva som manglar; Enter eller dobbeltklikk på ei rad opnar fana som rettar det.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gi tilgang …</source>
        <translation>Gi tilgang …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tilgang</source>
        <translation>Tilgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>På godkjent-listen</source>
        <translation>På lista over godkjende</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Les tilganger fra Altinn</source>
        <translation>Les tilgangar frå Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer liste …</source>
        <translation>Importer liste …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV eller Excel med kolonnene Organisasjonsnummer, Navn, E-post og Tilgang.</source>
        <translation>CSV eller Excel med kolonnane Organisasjonsnummer, Namn, E-post og Tilgang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern tilgang …</source>
        <translation>Fjern tilgang …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sett på godkjent-listen …</source>
        <translation>Set på lista over godkjende …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For en som har tilgang og skal beholde den.</source>
        <translation>For ein som har tilgang og skal behalde han.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skriv inn en som har tilgang (sett i Altinn)</source>
        <translation>Skriv inn ein som har tilgang (sett i Altinn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangspakken «{p}»</source>
        <translation>Tilgangspakken «{p}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eldre rolle {code}</source>
        <translation>Eldre rolle {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-post:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang:</source>
        <translation>Tilgang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Svarene under blir en rutine for å gi og gå gjennom tilganger, som dere kan dele som PDF eller ODT (åpnes i Word og LibreOffice).</source>
        <translation>Svara nedanfor blir ei rutine for å gi og gå gjennom tilgangar, som de kan dele som PDF eller ODT (kan opnast i Word og LibreOffice).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For eksempel kommunedirektør</source>
        <translation>Til dømes kommunedirektør</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel IT-koordinator</source>
        <translation>Til dømes IT-koordinator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> måneder</source>
        <translation> månader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvem godkjenner (stilling):</source>
        <translation>Kven godkjenner (stilling):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på den som godkjenner:</source>
        <translation>Namn på den som godkjenner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem gir tilgangen i Altinn:</source>
        <translation>Kven gir tilgangen i Altinn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå gjennom tilgangene hver:</source>
        <translation>Gå gjennom tilgangane kvar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem går gjennom:</source>
        <translation>Kven går gjennom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknader:</source>
        <translation>Merknader:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre rutinen</source>
        <translation>Lagre rutinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter som PDF …</source>
        <translation>Eksporter som PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter som ODT …</source>
        <translation>Eksporter som ODT …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrer gjennomgang i dag</source>
        <translation>Registrer gjennomgang i dag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/page.py" line="+23"/>
        <source>Tilgangene ble ikke lest inn</source>
        <translation>Tilgangane vart ikkje lesne inn</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+62"/>
        <location line="+15"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (via hovedenheten)</source>
        <translation> (via hovudeininga)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} til</source>
        <translation>{n} til</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nei, ikke ennå</source>
        <translation>Nei, ikkje enno</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nei: fjern eller godkjenn</source>
        <translation>Nei: fjern eller godkjenn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rutinen er ikke lagret ennå. Fyll inn og trykk «Lagre rutinen».</source>
        <translation>Rutinen er ikkje lagra enno. Fyll ut og trykk «Lagre rutinen».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Siste gjennomgang: {d}.</source>
        <translation>Siste gjennomgang: {d}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neste gjennomgang: {d}.</source>
        <translation>Neste gjennomgang: {d}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gjennomgangen er forfalt: gå gjennom tilgangene nå.</source>
        <translation>Gjennomgangen er forfallen: gå gjennom tilgangane no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/holder_actions.py" line="-91"/>
        <source>Endre godkjent leser: {name}</source>
        <translation>Endre godkjend lesar: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre endringen</source>
        <translation>Lagre endringa</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Fjerne {name} fra godkjent-listen for {unit}? Tilgangen i Altinn fjernes ikke av dette.</source>
        <translation>Fjerne {name} frå lista over godkjende for {unit}? Tilgangen i Altinn blir ikkje fjerna av dette.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Velg hvorfor {name} skal ha tilgangen, og trykk «Legg til på godkjent-listen».</source>
        <translation>Vel kvifor {name} skal ha tilgangen, og trykk «Legg til på lista over godkjende».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importer liste over tilganger</source>
        <translation>Importer liste over tilgangar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 tilgang lest inn fra «{name}».</source>
        <translation>1 tilgang lesen inn frå «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tilganger lest inn fra «{name}».</source>
        <translation>{n} tilgangar lesne inn frå «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 linje ble hoppet over:</source>
        <translation>1 linje vart hoppa over:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} linjer ble hoppet over:</source>
        <translation>{n} linjer vart hoppa over:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen ble ikke lest inn.</source>
        <translation>Lista vart ikkje lesen inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen ble ikke lest inn</source>
        <translation>Lista vart ikkje lesen inn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leser tilganger fra Altinn …</source>
        <translation>Les tilgangar frå Altinn …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilgangene er lest for {ok} virksomheter. Ikke lest for:</source>
        <translation>Tilgangane er lesne for {ok} verksemder. Ikkje lesne for:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tilgangene er lest fra Altinn.</source>
        <translation>Tilgangane er lesne frå Altinn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangene ble ikke lest fra Altinn</source>
        <translation>Tilgangane vart ikkje lesne frå Altinn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gi tilgang i Altinn-portalen</source>
        <translation>Gi tilgang i Altinn-portalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du er ikke logget inn i Altinn fra Postvakt. Følg stegene til høyre for å gi {name} tilgangen, og før den opp her etterpå.</source>
        <translation>Du er ikkje logga inn i Altinn frå Postvakt. Følg stega til høgre for å gi {name} tilgangen, og før han opp her etterpå.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tilgangen ble ikke gitt</source>
        <translation>Tilgangen vart ikkje gitt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fjerne tilgangen til taushetsbelagt post for {name} i {unit}? Altinn fjerner den med en gang, og {name} ser ikke lenger posten.</source>
        <translation>Fjerne tilgangen til teiepliktbelagd post for {name} i {unit}? Altinn fjernar han med ein gong, og {name} ser ikkje lenger posten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Har du fjernet tilgangen for {name} i {unit} i Altinn-portalen? Da fjernes {name} fra listen her. (Stegene står til høyre.)</source>
        <translation>Har du fjerna tilgangen for {name} i {unit} i Altinn-portalen? Då blir {name} fjerna frå lista her. (Stega står til høgre.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tilgangen ble ikke fjernet</source>
        <translation>Tilgangen vart ikkje fjerna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjern tilgang</source>
        <translation>Fjern tilgang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/routine.py" line="+30"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eksporter oversikten</source>
        <translation>Eksporter oversikta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Oversikten ({n} organisasjonsnumre) er lagret i {path}.</source>
        <translation>Oversikta ({n} organisasjonsnummer) er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oversikten ble ikke eksportert</source>
        <translation>Oversikta vart ikkje eksportert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lagre rutinen først.</source>
        <translation>Lagre rutinen først.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument-tekst (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter rutinen</source>
        <translation>Eksporter rutinen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../desktop_app/wizards/printouts.py" line="+75"/>
        <source>Rutine for taushetsbelagt post</source>
        <translation>Rutine for teiepliktbelagd post</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rutinen er lagret i {path}.</source>
        <translation>Rutinen er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutinen ble ikke eksportert</source>
        <translation>Rutinen vart ikkje eksportert</translation>
    </message>
</context>
<context>
    <name>contactability</name>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/contactability.py" line="+66"/>
        <source>e-post</source>
        <translation>e-post</translation>
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
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital postkasse</source>
        <translation>Digital postkasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor ikke</source>
        <translation>Kvifor ikkje</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Kan mottakerne varsles?</source>
        <translation>Kan mottakarane varslast?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsler etter § 8 går til e-postadressen og mobilnummeret personen har i Kontaktregisteret (KRR). En kanal kan bare brukes når personen ikke har reservert seg, har en digital postkasse, og adressen er oppdatert eller bekreftet de siste 18 månedene.</source>
        <translation>Varsel etter § 8 går til e-postadressa og mobilnummeret personen har i Kontaktregisteret (KRR). Ein kanal kan berre brukast når personen ikkje har reservert seg, har ei digital postkasse, og adressa er oppdatert eller stadfesta dei siste 18 månadene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slå opp i Kontaktregisteret</source>
        <translation>Slå opp i Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lim inn fødselsnumre, ett per linje</source>
        <translation>Lim inn fødselsnummer, eitt per linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnumre å slå opp</source>
        <translation>Fødselsnummer som skal slåast opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slå opp</source>
        <translation>&amp;Slå opp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uten nett</source>
        <translation>Utan nett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Har du en liste eksportert fra Kontaktregisteret, kan du lese den inn her (CSV, Excel eller JSON).</source>
        <translation>Har du ei liste eksportert frå Kontaktregisteret, kan du lese ho inn her (CSV, Excel eller JSON).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Importer liste …</source>
        <translation>&amp;Importer liste …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen personer ennå.</source>
        <translation>Ingen personar enno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hvem kan varsles</source>
        <translation>Kven kan varslast</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vis hele fødselsnumre</source>
        <translation>Vis heile fødselsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnumre er personopplysninger. Vis dem bare når du trenger det, og ikke når andre ser skjermen.</source>
        <translation>Fødselsnummer er personopplysningar. Vis dei berre når du treng det, og ikkje når andre ser skjermen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Oppslag krever Maskinporten-tilgang til Kontaktregisteret (legg inn nøkkelen i Innstillinger). Du kan importere en liste i stedet.</source>
        <translation>Oppslag krev Maskinporten-tilgang til Kontaktregisteret (legg inn nøkkelen i Innstillingar). Du kan importere ei liste i staden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ingen fødselsnumre</source>
        <translation>Ingen fødselsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lim inn minst ett gyldig fødselsnummer (11 siffer), ett per linje.</source>
        <translation>Lim inn minst eitt gyldig fødselsnummer (11 siffer), eitt per linje.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Oppslaget ble ikke gjort</source>
        <translation>Oppslaget vart ikkje gjort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oppslaget ble stoppet fordi du byttet miljø. Slå opp på nytt for å spørre Kontaktregisteret i det nye miljøet.</source>
        <translation>Oppslaget vart stoppa fordi du bytte miljø. Slå opp på nytt for å spørje Kontaktregisteret i det nye miljøet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slår opp %v av %m …</source>
        <translation>Slår opp %v av %m …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importer liste fra Kontaktregisteret</source>
        <translation>Importer liste frå Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods *.json);;Alle filer (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx *.xls *.ods *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listen ble ikke lest inn</source>
        <translation>Lista vart ikkje lesen inn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} personer</source>
        <translation>{n} personar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} fra {source}: {email} kan varsles på e-post, {sms} på SMS, {nobody} kan ikke varsles.</source>
        <translation>{people} frå {source}: {email} kan varslast på e-post, {sms} på SMS, {nobody} kan ikkje varslast.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} har en adresse som er eldre enn 18 måneder; den brukes ikke til varsler etter § 8.</source>
        <translation>{n} har ei adresse som er eldre enn 18 månader; ho blir ikkje brukt til varsel etter § 8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} har reservert seg og får brevet på papir.</source>
        <translation>{n} har reservert seg og får brevet på papir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 linje ble hoppet over. De andre er med:</source>
        <translation>1 linje vart hoppa over. Dei andre er med:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} linjer ble hoppet over. De andre er med:</source>
        <translation>{n} linjer vart hoppa over. Dei andre er med:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linje {line}: </source>
        <translation>Linje {line}: </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desktop_app/views/dashboard.py" line="+135"/>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbeidsflate</source>
        <translation>Arbeidsflate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Verksemder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Innlogging</source>
        <translation>Innlogging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPI-oppsett</source>
        <translation>DPI-oppsett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne DPI-oppsett</source>
        <translation>Opne DPI-oppsett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taushetsbelagt post</source>
        <translation>Teiepliktbelagd post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Taushetsbelagt post</source>
        <translation>Opne Teiepliktbelagd post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varsling</source>
        <translation>Varsling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Varsling</source>
        <translation>Opne Varsling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uåpnet post</source>
        <translation>Uopna post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Uåpnet post</source>
        <translation>Opne Uopna post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutine for tilganger</source>
        <translation>Rutine for tilgangar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne rutinen</source>
        <translation>Opne rutinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Fast kontroll</source>
        <translation>Fast kontroll</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+140"/>
        <source>Åpne fast kontroll</source>
        <translation>Opne fast kontroll</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Dette er en øvingskommune med oppdiktede data, så du kan se deg om uten å gjøre noe i ekte tjenester. Når du er klar, lager du en arbeidsflate for din egen kommune.</source>
        <translation>Dette er ein øvingskommune med oppdikta data, så du kan sjå deg om utan å gjere noko i ekte tenester. Når du er klar, lagar du ei arbeidsflate for din eigen kommune.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lag arbeidsflate for din kommune …</source>
        <translation>Lag arbeidsflate for kommunen din …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ingen valgt</source>
        <translation>Inga vald</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <location line="+2"/>
        <source>Lag eller velg en arbeidsflate.</source>
        <translation>Lag eller vel ei arbeidsflate.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Org.nr {orgnr}</source>
        <translation>Org.nr. {orgnr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>øvingsdata</source>
        <translation>øvingsdata</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sett opp fast kontroll</source>
        <translation>Set opp fast kontroll</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tilgangene er ikke lest fra Altinn ennå. Se Taushetsbelagt post.</source>
        <translation>Tilgangane er ikkje lesne frå Altinn enno. Sjå Teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} av {total} uten leser</source>
        <translation>{n} av {total} utan lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisasjonsnumre der ingen kan lese taushetsbelagt post. Se Taushetsbelagt post.</source>
        <translation>organisasjonsnummer der ingen kan lese teiepliktbelagd post. Sjå Teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} av {total} har leser</source>
        <translation>{n} av {total} har lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+9"/>
        <source>{n} er ukjent: ikke lest fra Altinn ennå.</source>
        <translation>{n} er ukjende: ikkje lese frå Altinn enno.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Alle {total} har leser</source>
        <translation>Alle {total} har lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumre har minst én som kan lese taushetsbelagt post.</source>
        <translation>Alle organisasjonsnummer har minst éin som kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} bør sjekkes (se Taushetsbelagt post).</source>
        <translation>{n} bør sjekkast (sjå Teiepliktbelagd post).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Varslingsadressene er ikke lest fra Altinn ennå. Logg inn, eller før dem inn under Varsling.</source>
        <translation>Varslingsadressene er ikkje lesne frå Altinn enno. Logg inn, eller før dei inn under Varsling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisasjonsnumre der ingen får beskjed om ny post.</source>
        <translation>organisasjonsnummer der ingen får melding om ny post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} av {total} uten adresse</source>
        <translation>{n} av {total} utan adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} av {total} har adresse</source>
        <translation>{n} av {total} har adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle {total} har adresse</source>
        <translation>Alle {total} har adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumre har minst én varslingsadresse.</source>
        <translation>Alle organisasjonsnummer har minst éi varslingsadresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ikke sjekket</source>
        <translation>Ikkje sjekka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekk om taushetsbelagte brev fra SvarUt er uåpnet, med en eksport fra SvarUt.</source>
        <translation>Sjekk om teiepliktbelagde brev frå SvarUt er uopna, med ein eksport frå SvarUt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} brev i fare</source>
        <translation>{n} brev i fare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uåpnede brev ved siste kontroll {day}. Følg dem opp under Uåpnet post.</source>
        <translation>uopna brev ved siste kontroll {day}. Følg dei opp under Uopna post.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen brev i fare</source>
        <translation>Ingen brev i fare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ved siste kontroll {day}.</source>
        <translation>ved siste kontroll {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ikke laget</source>
        <translation>Ikkje laga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutinen for tilganger er ikke laget ennå. Den lages på siste fane under Taushetsbelagt post.</source>
        <translation>Rutinen for tilgangar er ikkje laga enno. Han blir laga på siste fana under Teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gjennomgang forfalt</source>
        <translation>Gjennomgang forfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjennomgang av tilgangene var planlagt {d}: den er forfalt.</source>
        <translation>Gjennomgang av tilgangane var planlagd {d}: han er forfallen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I rute</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neste gjennomgang: {d}.</source>
        <translation>Neste gjennomgang: {d}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laget</source>
        <translation>Laga</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke logget inn</source>
        <translation>Ikkje logga inn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logg inn, så leser Postvakt tilganger og varslingsadresser fra Altinn for alle virksomhetene.</source>
        <translation>Logg inn, så les Postvakt tilgangar og varslingsadresser frå Altinn for alle verksemdene.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logget inn som {name}</source>
        <translation>Logga inn som {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{env}, til {end}.</source>
        <translation>{env}, til {end}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alle {n} steg er bekreftet.</source>
        <translation>Alle {n} stega er stadfesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} av {total} steg bekreftet. Eldste åpne steg: {step}.</source>
        <translation>{done} av {total} steg stadfesta. Eldste opne steg: {step}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital postkasse til innbyggere via SvarUt: {n} steg.</source>
        <translation>Digital postkasse til innbyggjarar via SvarUt: {n} steg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>organisasjonsnummer i arbeidsflaten (kommunen selv)</source>
        <translation>organisasjonsnummer i arbeidsflata (kommunen sjølv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisasjonsnumre i arbeidsflaten (inkludert kommunen selv)</source>
        <translation>organisasjonsnummer i arbeidsflata (medrekna kommunen sjølv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} avvik</source>
        <translation>{n} avvik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen har endret eller slettet oppføringer i loggen. Se Logg.</source>
        <translation>Nokon har endra eller sletta oppføringar i loggen. Sjå Logg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppføring, kontrollert og uendret</source>
        <translation>oppføring, kontrollert og uendra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oppføringer, alle kontrollert og uendret</source>
        <translation>oppføringar, alle kontrollerte og uendra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nøkkelringen er ikke tilgjengelig: {why}</source>
        <translation>Nøkkelringen er ikkje tilgjengeleg: {why}</translation>
    </message>
</context>
<context>
    <name>date_field</name>
    <message>
        <location filename="../../desktop_app/views/date_field.py" line="+74"/>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv datoen som dd.mm.åååå, eller trykk Alt+Pil ned (F4) for kalenderen.</source>
        <translation>Skriv datoen som dd.mm.åååå, eller trykk Alt+Pil ned (F4) for kalenderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kalender …</source>
        <translation>Kalender …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: velg i kalender</source>
        <translation>{what}: vel i kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: i dag</source>
        <translation>{what}: i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tøm</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: tøm</source>
        <translation>{what}: tøm</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop_app/views/dialogs.py" line="+43"/>
        <source>Noe uventet gikk galt. Arbeidet som alt er gjort, er lagret. Prøv igjen; skjer det igjen, send loggfilen til IT-avdelingen: {path}</source>
        <translation>Noko uventa gjekk gale. Arbeidet som alt er gjort, er lagra. Prøv igjen; skjer det igjen, send loggfila til IT-avdelinga: {path}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Det gikk ikke</source>
        <translation>Det gjekk ikkje</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Noe gikk galt</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noe uventet gikk galt. Alt du har bekreftet, er lagret, og du kan arbeide videre. Skjer det igjen, start Postvakt på nytt og send loggfilen til IT-avdelingen:
{path}</source>
        <translation>Noko uventa gjekk gale. Alt du har stadfesta, er lagra, og du kan arbeide vidare. Skjer det igjen, start Postvakt på nytt og send loggfila til IT-avdelinga:
{path}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../desktop_app/_domain_strings.py" line="+1"/>
        <source>Produksjon</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ekte tjenester: endringer gjelder ekte virksomheter og personer.</source>
        <translation>ekte tenester: endringar gjeld ekte verksemder og personar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test (TT02)</source>
        <translation>Test (TT02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testmiljøene til Altinn (TT02), ID-porten, Maskinporten og SvarUt, med syntetiske testdata fra Tenor og innlogging med TestID.</source>
        <translation>testmiljøa til Altinn (TT02), ID-porten, Maskinporten og SvarUt, med syntetiske testdata frå Tenor og innlogging med TestID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Øving (lokal sandkasse)</source>
        <translation>Øving (lokal sandkasse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alt skjer i en sandkasse på denne maskinen, med oppdiktede virksomheter og personer; ingenting sendes ut på nettet.</source>
        <translation>alt skjer i ei sandkasse på denne maskina, med oppdikta verksemder og personar; ingenting blir sendt ut på nettet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt integrasjons-ID (IntegrasjonId)</source>
        <translation>SvarUt integrasjons-ID (IntegrasjonId)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt integrasjonspassord (IntegrasjonPassord)</source>
        <translation>SvarUt integrasjonspassord (IntegrasjonPassord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt tjenestepassord (gammel v1-tilgang)</source>
        <translation>SvarUt tenestepassord (gammal v1-tilgang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maskinporten privat nøkkel (PEM)</source>
        <translation>Maskinporten privat nøkkel (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passord for Maskinporten-nøkkelen</source>
        <translation>Passord for Maskinporten-nøkkelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID-porten klient-ID</source>
        <translation>ID-porten klient-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID-porten innlogging (fornyingsnøkkel)</source>
        <translation>ID-porten innlogging (fornyingsnøkkel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsflate opprettet</source>
        <translation>Arbeidsflate oppretta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Øvingskommune opprettet</source>
        <translation>Øvingskommune oppretta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsflate fikk nytt navn</source>
        <translation>Arbeidsflate fekk nytt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsflate slettet</source>
        <translation>Arbeidsflate sletta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomhet lagt til</source>
        <translation>Verksemd lagd til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomhet fjernet</source>
        <translation>Verksemd fjerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter oppdatert fra Enhetsregisteret</source>
        <translation>Verksemder oppdaterte frå Einingsregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste med virksomheter importert</source>
        <translation>Liste med verksemder importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miljø byttet</source>
        <translation>Miljø bytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innstillinger endret</source>
        <translation>Innstillingar endra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passord eller nøkkel lagret</source>
        <translation>Passord eller nøkkel lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passord eller nøkkel fjernet</source>
        <translation>Passord eller nøkkel fjerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg eksportert</source>
        <translation>Logg eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg kontrollert</source>
        <translation>Logg kontrollert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppføringer skrevet uten nøkkelring forseglet i ettertid</source>
        <translation>Oppføringar skrivne utan nøkkelring forsegla i etterkant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil importert</source>
        <translation>Fil importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontroll utført</source>
        <translation>Kontroll utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontroll oppdatert med status fra SvarUt</source>
        <translation>Kontroll oppdatert med status frå SvarUt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrolliste lagret</source>
        <translation>Kontrolliste lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sammendrag av kontroll skrevet ut</source>
        <translation>Samandrag av kontroll skrive ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging registrert</source>
        <translation>Oppfølging registrert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kolonnekobling lagret</source>
        <translation>Kolonnekopling lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølgingsbrev lagret</source>
        <translation>Oppfølgingsbrev lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølgingsbrev eksportert</source>
        <translation>Oppfølgingsbrev eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen innboks sjekket</source>
        <translation>Eigen innboks sjekka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status hentet fra SvarUt</source>
        <translation>Status henta frå SvarUt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsplan eksportert</source>
        <translation>Varslingsplan eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg bekreftet</source>
        <translation>Steg stadfesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser lagt til (taushetsbelagt post)</source>
        <translation>Godkjend lesar lagd til (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser fjernet (taushetsbelagt post)</source>
        <translation>Godkjend lesar fjerna (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent leser endret (taushetsbelagt post)</source>
        <translation>Godkjend lesar endra (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang ført opp for hånd (taushetsbelagt post)</source>
        <translation>Tilgang ført opp for hand (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilganger importert (taushetsbelagt post)</source>
        <translation>Tilgangar importerte (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilganger lest fra Altinn (taushetsbelagt post)</source>
        <translation>Tilgangar lesne frå Altinn (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilganger lest fra Altinn-portalens nedlasting (taushetsbelagt post)</source>
        <translation>Tilgangar lesne frå nedlastinga i Altinn-portalen (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang gitt (taushetsbelagt post)</source>
        <translation>Tilgang gitt (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilgang fjernet (taushetsbelagt post)</source>
        <translation>Tilgang fjerna (teiepliktbelagd post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversikt over tilganger eksportert</source>
        <translation>Oversikt over tilgangar eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutine for tilganger lagret</source>
        <translation>Rutine for tilgangar lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutine for tilganger eksportert</source>
        <translation>Rutine for tilgangar eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutine for tilganger skrevet ut</source>
        <translation>Rutine for tilgangar skriven ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjennomgang av tilganger registrert</source>
        <translation>Gjennomgang av tilgangar registrert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse lagt til</source>
        <translation>Varslingsadresse lagd til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse endret</source>
        <translation>Varslingsadresse endra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse fjernet</source>
        <translation>Varslingsadresse fjerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresser lest fra Altinn</source>
        <translation>Varslingsadresser lesne frå Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logget inn med ID-porten</source>
        <translation>Logga inn med ID-porten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logget ut</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn-API ikke tilgjengelig: veiledning i portalen brukt</source>
        <translation>Altinn-API ikkje tilgjengeleg: rettleiing i portalen brukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-oppsummering lagret</source>
        <translation>DPI-oppsummering lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-oppsummering skrevet ut</source>
        <translation>DPI-oppsummering skriven ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppgave til daglig leder laget</source>
        <translation>Oppgåve til dagleg leiar laga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittering for en oppgave lagret</source>
        <translation>Kvittering for ei oppgåve lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittering for en oppgave ført i loggen</source>
        <translation>Kvittering for ei oppgåve ført i loggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fylkeskommune</source>
        <translation>Fylkeskommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisasjonsledd</source>
        <translation>Organisasjonsledd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underenhet (bedrift)</source>
        <translation>Undereining (bedrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underenhet (ikke næringsdrivende)</source>
        <translation>Undereining (ikkje næringsdrivande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interkommunalt selskap</source>
        <translation>Interkommunalt selskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunalt foretak</source>
        <translation>Kommunalt føretak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fylkeskommunalt foretak</source>
        <translation>Fylkeskommunalt føretak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staten</source>
        <translation>Staten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statsforetak</source>
        <translation>Statsføretak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aksjeselskap</source>
        <translation>Aksjeselskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allmennaksjeselskap</source>
        <translation>Allmennaksjeselskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enkeltpersonforetak</source>
        <translation>Enkeltpersonføretak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stiftelse</source>
        <translation>Stifting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forening/lag/innretning</source>
        <translation>Foreining/lag/innretning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingsrettslig sameie</source>
        <translation>Tingsrettsleg sameige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selskap med delt ansvar</source>
        <translation>Selskap med delt ansvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig selskap</source>
        <translation>Ansvarleg selskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>971 032 146 er KS-Kommunesektorens organisasjon, som kommunen gir retten til å sende DPI. Skriv inn kommunens eget organisasjonsnummer.</source>
        <translation>971 032 146 er KS-Kommunesektorens organisasjon, som kommunen gir retten til å sende DPI. Skriv inn organisasjonsnummeret til kommunen sjølv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetsregisteret kjenner ikke dette organisasjonsnummeret som hovedenhet. Sjekk nummeret. Du kan likevel opprette arbeidsflaten.</source>
        <translation>Einingsregisteret kjenner ikkje dette organisasjonsnummeret som hovudeining. Sjekk nummeret. Du kan likevel opprette arbeidsflata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsler dere bestiller, går til e-post og mobilnummer i Kontakt- og reservasjonsregisteret, med Digipost som avsender.</source>
        <translation>Varsel de bestiller, går til e-post og mobilnummer i Kontakt- og reservasjonsregisteret, med Digipost som avsendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digiposts egen påminnelse etter 7 dager er noe annet enn et varsel dere bestiller for dag 7; innbyggeren kan få begge.</source>
        <translation>Påminninga Digipost sender sjølv etter 7 dagar, er noko anna enn eit varsel de bestiller for dag 7; innbyggjaren kan få begge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Når dere bestiller varsel, sender ikke e-Boks sitt eget i tillegg; innbyggeren får ett varsel.</source>
        <translation>Når de bestiller varsel, sender ikkje e-Boks sitt eige i tillegg; innbyggjaren får eitt varsel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eForvaltningsforskriften § 8</source>
        <translation>eForvaltningsforskrifta § 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fødselsnummeret er ikke gyldig (sjekk sifrene)</source>
        <translation>fødselsnummeret er ikkje gyldig (sjekk sifra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finnes ikke i Kontaktregisteret</source>
        <translation>finst ikkje i Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slettet i Kontaktregisteret</source>
        <translation>sletta i Kontaktregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>har reservert seg mot digital kommunikasjon</source>
        <translation>har reservert seg mot digital kommunikasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontaktregisteret sier at personen ikke kan varsles</source>
        <translation>Kontaktregisteret seier at personen ikkje kan varslast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen adresse registrert</source>
        <translation>inga adresse registrert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adressen er ikke oppdatert eller bekreftet på over 18 måneder</source>
        <translation>adressa er ikkje oppdatert eller stadfesta på over 18 månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>har ingen digital postkasse: brevet går på papir, uten varsel</source>
        <translation>har inga digital postkasse: brevet går på papir, utan varsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post til virksomheten med taushetsbelagt innhold</source>
        <translation>Post til verksemda med teiepliktbelagt innhald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helse og omsorg</source>
        <translation>Helse og omsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skole og oppvekst</source>
        <translation>Skule og oppvekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrasjon</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn</source>
        <translation>Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ført inn for hånd</source>
        <translation>Ført inn for hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importert</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn-portalens nedlasting</source>
        <translation>Nedlastinga i Altinn-portalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen varslingsadresse</source>
        <translation>Inga varslingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressen tilhører ingen godkjent leser</source>
        <translation>Adressa høyrer ikkje til nokon godkjend lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsles uten å kunne lese</source>
        <translation>Blir varsla utan å kunne lese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I orden</source>
        <translation>I orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bør sjekkes</source>
        <translation>Bør sjekkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kan lese</source>
        <translation>Ingen kan lese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil (SMS)</source>
        <translation>Mobil (SMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent: ikke lest fra Altinn ennå. Les tilgangene, eller før dem inn.</source>
        <translation>Ukjend: ikkje lese frå Altinn enno. Les tilgangane, eller før dei inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadressene er ikke lest fra Altinn ennå.</source>
        <translation>Varslingsadressene er ikkje lesne frå Altinn enno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi tilgang</source>
        <translation>Gi tilgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern tilgang</source>
        <translation>Fjern tilgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til varslingsadresse</source>
        <translation>Legg til varslingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern varslingsadresse</source>
        <translation>Fjern varslingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke startet</source>
        <translation>Ikkje starta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I gang</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lest tilbake fra Altinn av Postvakt</source>
        <translation>Lese tilbake frå Altinn av Postvakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekreftet for hånd av brukeren</source>
        <translation>Stadfesta for hand av brukaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekreftet for hånd, med vedlegg som dokumentasjon</source>
        <translation>Stadfesta for hand, med vedlegg som dokumentasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn mangler koblingen mellom kommunen og KS. Postvakt legger den til først; prøv igjen, eller gjør delegeringen selv i Altinn.</source>
        <translation>Altinn manglar koplinga mellom kommunen og KS. Postvakt legg henne til først; prøv igjen, eller gjer delegeringa sjølv i Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn fant ikke kommunen eller KS som part. Sjekk at du representerer riktig organisasjonsnummer i Altinn.</source>
        <translation>Altinn fann ikkje kommunen eller KS som part. Sjekk at du representerer rett organisasjonsnummer i Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn tror mottakeren er en person. Delegeringen skal gå til virksomheten KS (org.nr 971 032 146).</source>
        <translation>Altinn trur mottakaren er ein person. Delegeringa skal gå til verksemda KS (org.nr. 971 032 146).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn har stoppet oppslag en stund fordi det var for mange feil. Vent noen minutter og prøv igjen.</source>
        <translation>Altinn har stoppa oppslag ei stund fordi det var for mange feil. Vent nokre minutt og prøv igjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn kjenner ikke DPI-retten slik Postvakt ba om den. Gjør delegeringen selv i Altinn med stegene på denne siden.</source>
        <translation>Altinn kjenner ikkje DPI-retten slik Postvakt bad om han. Gjer delegeringa sjølv i Altinn med stega på denne sida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har ikke lov til å delegere denne fullmakten til KS for kommunen. Daglig leder, eller noen som har tilgangspakkene «Maskinporten administrator» og en pakke under området «Integrasjoner», må gjøre det.</source>
        <translation>Du har ikkje lov til å delegere denne fullmakta til KS for kommunen. Dagleg leiar, eller nokon som har tilgangspakkane «Maskinporten administrator» og ein pakke under området «Integrasjonar», må gjere det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn klarte ikke å lagre delegeringen. Prøv igjen om litt.</source>
        <translation>Altinn klarte ikkje å lagre delegeringa. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn kjenner ikke tilgangspakken Postvakt ba om. Gjør delegeringen selv i Altinn.</source>
        <translation>Altinn kjenner ikkje tilgangspakken Postvakt bad om. Gjer delegeringa sjølv i Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denne retten kan ikke delegeres fra denne typen virksomhet. Sjekk at du representerer kommunen selv (hovedenheten).</source>
        <translation>Denne retten kan ikkje delegerast frå denne typen verksemd. Sjekk at du representerer kommunen sjølv (hovudeininga).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-retten kan ikke delegeres akkurat nå. Gjør det selv i Altinn med stegene på denne siden, eller spør Digdir.</source>
        <translation>DPI-retten kan ikkje delegerast akkurat no. Gjer det sjølv i Altinn med stega på denne sida, eller spør Digdir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn fant ikke fødselsnummeret. Sjekk at personen er riktig skrevet.</source>
        <translation>Altinn fann ikkje fødselsnummeret. Sjekk at personen er rett skriven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS er lagt til som leverandør for kommunen.</source>
        <translation>KS er lagd til som leverandør for kommunen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn sier at du kan delegere DPI-retten.</source>
        <translation>Altinn seier at du kan delegere DPI-retten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-retten er delegert til KS.</source>
        <translation>DPI-retten er delegert til KS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn bekrefter at KS har DPI-retten.</source>
        <translation>Altinn stadfestar at KS har DPI-retten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS har fått DPI-retten, og Altinn har bekreftet det.</source>
        <translation>KS har fått DPI-retten, og Altinn har stadfesta det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altinn viser ikke at KS har DPI-retten ennå. Vent et minutt og prøv igjen, eller sjekk selv i Altinn.</source>
        <translation>Altinn viser ikkje at KS har DPI-retten enno. Vent eit minutt og prøv igjen, eller sjekk sjølv i Altinn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt fikk ikke gjort dette i Altinn. Gjør det selv i Altinn med stegene på denne siden; det tar et par minutter.</source>
        <translation>Postvakt fekk ikkje gjort dette i Altinn. Gjer det sjølv i Altinn med stega på denne sida; det tek eit par minutt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fant ingen sikker nøkkelring på denne maskinen, så Postvakt lagrer ingen passord eller nøkler. På Linux: installer og start GNOME Keyring eller KWallet (Secret Service). Du kan fortsatt bruke Postvakt uten innlogging.</source>
        <translation>Fann ingen sikker nøkkelring på denne maskina, så Postvakt lagrar ingen passord eller nøklar. På Linux: installer og start GNOME Keyring eller KWallet (Secret Service). Du kan framleis bruke Postvakt utan innlogging.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nøkkelringen er låst. Lås den opp (vanligvis med passordet du logger på maskinen med) og prøv igjen.</source>
        <translation>Nøkkelringen er låst. Lås han opp (vanlegvis med passordet du loggar på maskina med) og prøv igjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fikk ikke kontakt med nøkkelringen på denne maskinen. Prøv igjen om litt; skjer det igjen, start maskinen på nytt eller be IT-avdelingen sjekke nøkkelringen (Legitimasjonsbehandling i Windows, Nøkkelring i macOS, Secret Service på Linux).</source>
        <translation>Fekk ikkje kontakt med nøkkelringen på denne maskina. Prøv igjen om litt; skjer det igjen, start maskina på nytt eller be IT-avdelinga sjekke nøkkelringen (Legitimasjonsbehandling i Windows, Nøkkelring i macOS, Secret Service på Linux).</translation>
    </message>
</context>
<context>
    <name>domain_text</name>
    <message>
        <location filename="../../desktop_app/views/domain_text.py" line="+35"/>
        <source>og {n} til</source>
        <translation>og {n} til</translation>
    </message>
</context>
<context>
    <name>dpi_onboarding</name>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/seams.py" line="+25"/>
        <source>Velg skjermbilde eller kvittering</source>
        <translation>Vel skjermbilete eller kvittering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bilder og dokumenter (*.png *.jpg *.jpeg *.pdf *.gif *.bmp *.webp);;Alle filer (*)</source>
        <translation>Bilete og dokument (*.png *.jpg *.jpeg *.pdf *.gif *.bmp *.webp);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre oppsummeringen</source>
        <translation>Lagre oppsummeringa</translation>
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
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Kopier {what}</source>
        <translation>Kopier {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kopiert ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/overview.py" line="+41"/>
        <source>Slik tar kommunen i bruk digital post til innbyggere</source>
        <translation>Slik tek kommunen i bruk digital post til innbyggjarar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Med Digital postkasse til innbyggere (DPI) kan SvarUt sende brev rett til innbyggernes e-Boks eller Digipost. Det krever sju steg. Postvakt viser deg hva du skal gjøre i hvert steg, og du krysser av når det er gjort.</source>
        <translation>Med Digital postkasse til innbyggjarar (DPI) kan SvarUt sende brev rett til e-Boks eller Digipost hos innbyggjarane. Det krev sju steg. Postvakt viser deg kva du skal gjere i kvart steg, og du kryssar av når det er gjort.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Klikk på et steg for å gå rett dit.</source>
        <translation>Klikk på eit steg for å gå rett dit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du kan ta pause når som helst. Alt du skriver, lagres med en gang, og neste gang du åpner DPI-oppsett, kommer du tilbake dit du var. Noen steg venter på svar fra andre; da går du videre og kommer tilbake senere.</source>
        <translation>Du kan ta pause når som helst. Alt du skriv, blir lagra med ein gong, og neste gong du opnar DPI-oppsett, kjem du tilbake dit du var. Nokre steg ventar på svar frå andre; då går du vidare og kjem tilbake seinare.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ferdig: alle {n} stegene er bekreftet.</source>
        <translation>Ferdig: alle dei {n} stega er stadfesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke startet. Trykk «Neste» for å begynne med steg 1.</source>
        <translation>Ikkje starta. Trykk «Neste» for å byrje med steg 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I gang: {done} av {total} steg er bekreftet. Eldste steg som gjenstår: {title}.</source>
        <translation>I gang: {done} av {total} steg er stadfesta. Eldste steg som står att: {title}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bekreftet {date}</source>
        <translation>stadfesta {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>påbegynt</source>
        <translation>påbyrja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ikke gjort</source>
        <translation>ikkje gjort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/step_page.py" line="+69"/>
        <source>Steg {n} av {total}: {title}</source>
        <translation>Steg {n} av {total}: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Du øver nå. Lenkene på denne siden åpner de ekte nettsidene: gjør bare noe der når det gjelder din egen kommune.</source>
        <translation>Du øver no. Lenkjene på denne sida opnar dei ekte nettsidene: gjer berre noko der når det gjeld din eigen kommune.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Det du har gjort</source>
        <translation>Det du har gjort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Veiledningen er ikke kontrollert mot nettsidene.</source>
        <translation>Rettleiinga er ikkje kontrollert mot nettsidene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sist kontrollert {date}.</source>
        <translation>Sist kontrollert {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nettsidene kan ha endret seg siden; se etter de samme ordene.</source>
        <translation>Nettsidene kan ha endra seg sidan; sjå etter dei same orda.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Vis to eldre måter (fra tiden før Altinn 3)</source>
        <translation>Vis to eldre måtar (frå tida før Altinn 3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Du har endret noe i et steg som er bekreftet. Trykk «Bekreft på nytt» for å lagre endringen; ellers gjelder det som ble bekreftet.</source>
        <translation>Du har endra noko i eit steg som er stadfesta. Trykk «Stadfest på nytt» for å lagre endringa; elles gjeld det som vart stadfesta.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Det du skrev, ble ikke lagret</source>
        <translation>Det du skreiv, vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>Bekreft steget</source>
        <translation>Stadfest steget</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Bekreftet {date} av {who}. {how}.</source>
        <translation>Stadfesta {date} av {who}. {how}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bekreft på nytt</source>
        <translation>Stadfest på nytt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke bekreftet ennå. Det du har skrevet, er lagret. Trykk «Bekreft steget» når steget er gjort.</source>
        <translation>Ikkje stadfesta enno. Det du har skrive, er lagra. Trykk «Stadfest steget» når steget er gjort.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/steps.py" line="+34"/>
        <source>Kommunen er ny avsender av digital post</source>
        <translation>Kommunen er ny avsendar av digital post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skjemaet for DPI er sendt</source>
        <translation>Skjemaet for DPI er sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen e-posten ble sendt</source>
        <translation>Datoen e-posten vart send</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel: «Kommunen er opprettet som avsender» (svar fra Digdir 12.11.2026)</source>
        <translation>Til dømes: «Kommunen er oppretta som avsendar» (svar frå Digdir 12.11.2026)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Svar fra Digdir</source>
        <translation>Svar frå Digdir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-posten ble sendt:</source>
        <translation>E-posten vart send:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar fra Digdir:</source>
        <translation>Svar frå Digdir:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Datoen bruksvilkårene ble signert</source>
        <translation>Datoen bruksvilkåra vart signerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn på den som signerte</source>
        <translation>Namn på den som signerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem signerte</source>
        <translation>Kven signerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signert:</source>
        <translation>Signert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signert av:</source>
        <translation>Signert av:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/delegation.py" line="+52"/>
        <source>Hvem kan gjøre dette?</source>
        <translation>Kven kan gjere dette?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ja, jeg er daglig leder</source>
        <translation>Ja, eg er dagleg leiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nei, men jeg har fått rett til å delegere API-tilganger i Altinn for kommunen</source>
        <translation>Nei, men eg har fått rett til å delegere API-tilgangar i Altinn for kommunen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nei, og jeg har ikke den retten</source>
        <translation>Nei, og eg har ikkje den retten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Da må daglig leder gjøre dette steget, eller gi deg tilgangspakkene «Maskinporten administrator» og en pakke under området «Integrasjoner» i Altinn. Vis daglig leder denne siden. Du kan gå videre til de andre stegene i mellomtiden.</source>
        <translation>Då må dagleg leiar gjere dette steget, eller gi deg tilgangspakkane «Maskinporten administrator» og ein pakke under området «Integrasjonar» i Altinn. Vis dagleg leiar denne sida. Du kan gå vidare til dei andre stega i mellomtida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Til &amp;daglig leder …</source>
        <translation>Til &amp;dagleg leiar …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag et brev, et e-postutkast og en oppgavefil med alt daglig leder trenger for dette steget</source>
        <translation>Lag eit brev, eit e-postutkast og ei oppgåvefil med alt dagleg leiar treng for dette steget</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gi KS retten nå</source>
        <translation>Gi KS retten no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Slik gjør du det selv i Altinn</source>
        <translation>Slik gjer du det sjølv i Altinn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slår opp daglig leder i Enhetsregisteret …</source>
        <translation>Slår opp dagleg leiar i Einingsregisteret …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ifølge Enhetsregisteret er daglig leder i kommunen: {name}. Er det deg?</source>
        <translation>Ifølgje Einingsregisteret er dagleg leiar i kommunen: {name}. Er det deg?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postvakt fikk ikke slått opp daglig leder i Enhetsregisteret akkurat nå. Er du daglig leder i kommunen?</source>
        <translation>Postvakt fekk ikkje slått opp dagleg leiar i Einingsregisteret akkurat no. Er du dagleg leiar i kommunen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daglig leder eller den som har rett til å delegere API-tilganger i Altinn, gjør dette. Er du daglig leder i kommunen?</source>
        <translation>Dagleg leiar eller den som har rett til å delegere API-tilgangar i Altinn, gjer dette. Er du dagleg leiar i kommunen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enhetsregisteret har ingen daglig leder registrert for kommunen. Er du daglig leder, eller har du fått rett til å delegere i Altinn?</source>
        <translation>Einingsregisteret har ingen dagleg leiar registrert for kommunen. Er du dagleg leiar, eller har du fått rett til å delegere i Altinn?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postvakt kan gjøre det for deg når du er logget inn</source>
        <translation>Postvakt kan gjere det for deg når du er logga inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du er ikke logget inn i Altinn gjennom Postvakt. Logg inn, så kan Postvakt gjøre dette for deg, eller gjør det selv i Altinn med stegene under; det tar noen minutter.</source>
        <translation>Du er ikkje logga inn i Altinn gjennom Postvakt. Logg inn, så kan Postvakt gjere dette for deg, eller gjer det sjølv i Altinn med stega nedanfor; det tek nokre minutt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La Postvakt gjøre det i Altinn</source>
        <translation>La Postvakt gjere det i Altinn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postvakt har gitt {ks} (org.nr {orgnr}) retten i Altinn og lest den tilbake. Du trenger ikke gjøre mer i dette steget.</source>
        <translation>Postvakt har gitt {ks} (org.nr. {orgnr}) retten i Altinn og lese han tilbake. Du treng ikkje gjere meir i dette steget.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Du er logget inn. Postvakt kan gi {ks} (org.nr {orgnr}) retten for kommunen i Altinn, og så lese den tilbake for å kontrollere at den er på plass.</source>
        <translation>Du er logga inn. Postvakt kan gi {ks} (org.nr. {orgnr}) retten for kommunen i Altinn, og så lese han tilbake for å kontrollere at han er på plass.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Arbeider i Altinn …</source>
        <translation>Arbeider i Altinn …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Du kan gjøre det selv i Altinn med stegene under, og så bekrefte her.</source>
        <translation>Du kan gjere det sjølv i Altinn med stega nedanfor, og så stadfeste her.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Navn på den som gjorde det i Altinn</source>
        <translation>Namn på den som gjorde det i Altinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utført av</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jeg har sett i Altinn at {ks} står oppført med retten</source>
        <translation>Eg har sett i Altinn at {ks} står oppført med retten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Ingen fil valgt (valgfritt).</source>
        <translation>Inga fil vald (valfritt).</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Legg ved skjermbilde eller kvittering …</source>
        <translation>Legg ved skjermbilete eller kvittering …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utført av:</source>
        <translation>Utført av:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokumentasjon:</source>
        <translation>Dokumentasjon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Et skjermbilde av Altinn-siden som viser KS med retten, er god dokumentasjon. Postvakt tar vare på en kopi og et fingeravtrykk (SHA-256) av filen.</source>
        <translation>Eit skjermbilete av Altinn-sida som viser KS med retten, er god dokumentasjon. Postvakt tek vare på ein kopi og eit fingeravtrykk (SHA-256) av fila.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Valgt: {name}. Lagres når du bekrefter.</source>
        <translation>Vald: {name}. Blir lagra når du stadfestar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lagret: {name} (SHA-256 {sha}…)</source>
        <translation>Lagra: {name} (SHA-256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/steps.py" line="+14"/>
        <source>Datoen DPI ble slått på i SvarUt</source>
        <translation>Datoen DPI vart slått på i SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navnet på avsenderkontoen (valgfritt)</source>
        <translation>Namnet på avsendarkontoen (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsenderkonto</source>
        <translation>Avsendarkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teksten dere la inn, om noen (valgfritt)</source>
        <translation>Teksten de la inn, om nokon (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen tekst i meldingsboksen</source>
        <translation>Eigen tekst i meldingsboksen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens organisasjonsnummer og navn er lagt inn</source>
        <translation>Organisasjonsnummeret og namnet til kommunen er lagde inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feltet «avsenderindikator» står tomt (eller er fylt ut etter avtale med Digdir)</source>
        <translation>Feltet «avsenderindikator» står tomt (eller er fylt ut etter avtale med Digdir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slått på:</source>
        <translation>Slått på:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsenderkonto:</source>
        <translation>Avsendarkonto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen tekst:</source>
        <translation>Eigen tekst:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>For eksempel: sak 2026/123 i arkivsystemet</source>
        <translation>Til dømes: sak 2026/123 i arkivsystemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor ROS-analysen er arkivert</source>
        <translation>Kvar ROS-analysen er arkivert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen ROS-analysen ble godkjent</source>
        <translation>Datoen ROS-analysen vart godkjend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arkivert i:</source>
        <translation>Arkivert i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkjent:</source>
        <translation>Godkjend:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Anslag</source>
        <translation>Overslag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brev per år</source>
        <translation>Brev per år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel 0,80</source>
        <translation>Til dømes 0,80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris per brev i kroner</source>
        <translation>Pris per brev i kroner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den som har budsjettet, vet hva hvert brev koster</source>
        <translation>Den som har budsjettet, veit kva kvart brev kostar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brev per år til e-Boks og Digipost:</source>
        <translation>Brev per år til e-Boks og Digipost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris per brev (kr):</source>
        <translation>Pris per brev (kr):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anslag per år:</source>
        <translation>Overslag per år:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriv prisen som et tall, for eksempel 0,80.</source>
        <translation>Skriv prisen som eit tal, til dømes 0,80.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ca. {amount} per år</source>
        <translation>ca. {amount} per år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fyll inn antall brev og pris.</source>
        <translation>Fyll inn talet på brev og pris.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/overview.py" line="+14"/>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lagre en oppsummering som PDF for arkivet og ROS-dokumentasjonen. Den viser datoene, hvem som gjorde hva, og hvordan hvert steg er kontrollert.</source>
        <translation>Lagre ei oppsummering som PDF for arkivet og ROS-dokumentasjonen. Ho viser datoane, kven som gjorde kva, og korleis kvart steg er kontrollert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre oppsummering som PDF …</source>
        <translation>Lagre oppsummering som PDF …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alt er gjort. Kommunen er klar til å sende digital post til innbyggere gjennom SvarUt.</source>
        <translation>Alt er gjort. Kommunen er klar til å sende digital post til innbyggjarar gjennom SvarUt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} av {total} steg er ikke bekreftet ennå (○ og ◐ i listen). Klikk på et steg for å gå dit, eller kom tilbake senere; alt er lagret.</source>
        <translation>{n} av {total} steg er ikkje stadfesta enno (○ og ◐ i lista). Klikk på eit steg for å gå dit, eller kom tilbake seinare; alt er lagra.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lagret: {path}</source>
        <translation>Lagra: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/wizards/printouts.py" line="-50"/>
        <source>DPI-oppsett – {name}</source>
        <translation>DPI-oppsett – {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF-en ble ikke lagret</source>
        <translation>PDF-en vart ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/dpi_onboarding/page.py" line="+71"/>
        <source>Til oversikten</source>
        <translation>Til oversikta</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>DPI-oppsett</source>
        <translation>DPI-oppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta i bruk Digital postkasse til innbyggere gjennom SvarUt, ett steg om gangen.</source>
        <translation>Ta i bruk Digital postkasse til innbyggjarar gjennom SvarUt, eitt steg om gongen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Henter veiledningen …</source>
        <translation>Hentar rettleiinga …</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Velg eller lag en arbeidsflate for kommunen først.</source>
        <translation>Vel eller lag ei arbeidsflate for kommunen først.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Postvakt fikk ikke lagret hvor du var</source>
        <translation>Postvakt fekk ikkje lagra kvar du var</translation>
    </message>
</context>
<context>
    <name>guide_view</name>
    <message>
        <location filename="../../desktop_app/views/guide_view.py" line="+74"/>
        <source>Stegene er ikke kontrollert mot portalen ennå. Menyene kan hete noe annet.</source>
        <translation>Stega er ikkje kontrollerte mot portalen enno. Menyane kan heite noko anna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stegene ble sist kontrollert mot portalen {date}.</source>
        <translation>Stega vart sist kontrollerte mot portalen {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Menyene kan ha endret seg siden.</source>
        <translation> Menyane kan ha endra seg sidan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skrevet ut fra Postvakt {date}. Kryss av etter hvert som du gjør stegene.</source>
        <translation>Skrive ut frå Postvakt {date}. Kryss av etter kvart som du gjer stega.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gjort</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Skriv ut sjekkliste …</source>
        <translation>Skriv ut sjekkliste …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sjekkliste: {title}</source>
        <translation>Sjekkliste: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Veiledningen mangler. Installer Postvakt på nytt.</source>
        <translation>Rettleiinga manglar. Installer Postvakt på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut sjekklisten for {title}</source>
        <translation>Skriv ut sjekklista for {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kopier</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopier {label}</source>
        <translation>Kopier {label}</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../../desktop_app/views/handover.py" line="+58"/>
        <source>Velg mappen filene skal lagres i</source>
        <translation>Vel mappa filene skal lagrast i</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre kvitteringen</source>
        <translation>Lagre kvitteringa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittering fra Postvakt (*{suffix})</source>
        <translation>Kvittering frå Postvakt (*{suffix})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Åpne oppgave eller kvittering</source>
        <translation>Opne oppgåve eller kvittering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oppgaver og kvitteringer (*{task} *{receipt});;Alle filer (*)</source>
        <translation>Oppgåver og kvitteringar (*{task} *{receipt});;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Til daglig leder</source>
        <translation>Til dagleg leiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postvakt lager tre filer som du sender til daglig leder (eller den som har retten i Altinn): et brev på én side (PDF) med stegene, et e-postutkast med det samme og filene vedlagt, og en oppgavefil. Har daglig leder Postvakt, åpner oppgavefilen steget med alt fylt inn. Når det er gjort, får du en kvittering tilbake.</source>
        <translation>Postvakt lagar tre filer som du sender til dagleg leiar (eller den som har retten i Altinn): eit brev på éi side (PDF) med stega, eit e-postutkast med det same og filene vedlagde, og ei oppgåvefil. Har dagleg leiar Postvakt, opnar oppgåvefila steget med alt fylt inn. Når det er gjort, får du ei kvittering tilbake.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fødselsnummer skrives ikke i filene. Daglig leder skriver det inn selv.</source>
        <translation>Fødselsnummer blir ikkje skrivne i filene. Dagleg leiar skriv det inn sjølv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lagres i:</source>
        <translation>Blir lagra i:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen filene lagres i</source>
        <translation>Mappa filene blir lagra i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg &amp;mappe …</source>
        <translation>Vel &amp;mappe …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Åpne &amp;e-postutkastet</source>
        <translation>Opne &amp;e-postutkastet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv ut &amp;brevet …</source>
        <translation>Skriv ut &amp;brevet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Lag filene</source>
        <translation>&amp;Lag filene</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lager filene …</source>
        <translation>Lagar filene …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lagret i {folder}:
• {pdf}
• {eml}
• {task}
Send e-postutkastet til daglig leder. Kvitteringen du får tilbake, åpner du med «Fil → Åpne oppgave eller kvittering …».</source>
        <translation>Lagra i {folder}:
• {pdf}
• {eml}
• {task}
Send e-postutkastet til dagleg leiar. Kvitteringa du får tilbake, opnar du med «Fil → Opne oppgåve eller kvittering …».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ingen oppgave å sende</source>
        <translation>Inga oppgåve å sende</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logg inn i Altinn</source>
        <translation>Logg inn i Altinn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Oppgave fra {who}: {title} for {name} (org.nr {orgnr}). Alt er fylt inn; gjør steget under.</source>
        <translation>Oppgåve frå {who}: {title} for {name} (org.nr. {orgnr}). Alt er fylt inn; gjer steget nedanfor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Logg inn i Altinn …</source>
        <translation>&amp;Logg inn i Altinn …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre &amp;kvittering til {who} …</source>
        <translation>Lagre &amp;kvittering til {who} …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Du er logget inn: Postvakt kan gjøre det i Altinn for deg og lese det tilbake.</source>
        <translation>Du er logga inn: Postvakt kan gjere det i Altinn for deg og lese det tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logg inn i Altinn, så kan Postvakt gjøre det for deg og lese det tilbake. Eller gjør det selv i Altinn med stegene under.</source>
        <translation>Logg inn i Altinn, så kan Postvakt gjere det for deg og lese det tilbake. Eller gjer det sjølv i Altinn med stega nedanfor.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gjort og lest tilbake fra Altinn. Lagre kvitteringen og send den til {who}.</source>
        <translation>Gjort og lese tilbake frå Altinn. Lagre kvitteringa og send ho til {who}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kvitteringen er lagret: {path}. Send den til {who}.</source>
        <translation>Kvitteringa er lagra: {path}. Send ho til {who}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kvitteringen ble ikke lagret</source>
        <translation>Kvitteringa vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kvittering</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} har gjort oppgaven for {name} ({when}), og Postvakt leste det tilbake fra Altinn:
{lines}

Kvitteringen er ført i loggen.</source>
        <translation>{who} har gjort oppgåva for {name} ({when}), og Postvakt las det tilbake frå Altinn:
{lines}

Kvitteringa er ført i loggen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Filen ble ikke åpnet</source>
        <translation>Fila vart ikkje opna</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../desktop_app/views/help.py" line="+73"/>
        <source>Det finnes ingen hjelpetekst for denne siden ennå. Se «Start her» i Hjelp-menyen.</source>
        <translation>Det finst ingen hjelpetekst for denne sida enno. Sjå «Start her» i Hjelp-menyen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ikke oppgitt</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hjelp: {title}</source>
        <translation>Hjelp: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hjelp</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Om Postvakt</source>
        <translation>Om Postvakt</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="+70"/>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Verksemder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veivisere</source>
        <translation>Vegvisarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPI-oppsett</source>
        <translation>DPI-oppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taushetsbelagt post</source>
        <translation>Teiepliktbelagd post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varsling</source>
        <translation>Varsling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uåpnet post</source>
        <translation>Uopna post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsplan</source>
        <translation>Varslingsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionoversikt</source>
        <translation>Regionoversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pålogging: åpner Innstillinger</source>
        <translation>Pålogging: opnar Innstillingar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeidsflate:</source>
        <translation>Arbeidsflate:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg arbeidsflate</source>
        <translation>Vel arbeidsflate</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ikke logget inn</source>
        <translation>Ikkje logga inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke logget inn. Åpne Innstillinger for å logge inn.</source>
        <translation>Ikkje logga inn. Opne Innstillingar for å logge inn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logget inn som {name}</source>
        <translation>Logga inn som {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logget inn som {name}. Åpne Innstillinger.</source>
        <translation>Logga inn som {name}. Opne Innstillingar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PRODUKSJON – endringer skjer i ekte tjenester for ekte virksomheter</source>
        <translation>PRODUKSJON – endringar skjer i ekte tenester for ekte verksemder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Miljø: {env}</source>
        <translation>Miljø: {env}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Navigasjon</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+423"/>
        <source>Åpner arbeidsflaten …</source>
        <translation>Opnar arbeidsflata …</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Arbeider</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>overskrift</source>
        <translation>overskrift</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjelp for denne siden</source>
        <translation>Hjelp for denne sida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start her: daglig leder</source>
        <translation>Start her: dagleg leiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start her: IT-koordinator</source>
        <translation>Start her: IT-koordinator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Om Postvakt</source>
        <translation>Om Postvakt</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åpne &amp;oppgave eller kvittering …</source>
        <translation>Opne &amp;oppgåve eller kvittering …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+72"/>
        <source>Ny arbeidsflate …</source>
        <translation>Ny arbeidsflate …</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Gå til</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>PRODUKSJON</source>
        <translation>PRODUKSJON</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Arbeidsflaten er klar</source>
        <translation>Arbeidsflata er klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» er opprettet og valgt.</source>
        <translation>«{name}» er oppretta og vald.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postvakt fikk ikke åpnet arbeidsflatene.</source>
        <translation>Postvakt fekk ikkje opna arbeidsflatene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prøv igjen</source>
        <translation>Prøv igjen</translation>
    </message>
</context>
<context>
    <name>new_workspace</name>
    <message>
        <location filename="../../desktop_app/wizards/workspaces/new_workspace.py" line="+38"/>
        <source>Enhetsregisteret sier at dette er «{name}» ({form}), ikke en kommune eller fylkeskommune. Sjekk organisasjonsnummeret. Du kan likevel opprette arbeidsflaten.</source>
        <translation>Einingsregisteret seier at dette er «{name}» ({form}), ikkje ein kommune eller fylkeskommune. Sjekk organisasjonsnummeret. Du kan likevel opprette arbeidsflata.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+154"/>
        <source>Ny arbeidsflate</source>
        <translation>Ny arbeidsflate</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>En arbeidsflate samler alt Postvakt vet om én kommune.</source>
        <translation>Ei arbeidsflate samlar alt Postvakt veit om éin kommune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du trenger bare kommunens navn og organisasjonsnummer. Organisasjonsnummeret finner du i Enhetsregisteret (brreg.no) eller på kommunens nettsider.

Du kan ha flere arbeidsflater, for eksempel hvis du hjelper flere kommuner.</source>
        <translation>Du treng berre namnet og organisasjonsnummeret til kommunen. Organisasjonsnummeret finn du i Einingsregisteret (brreg.no) eller på nettsidene til kommunen.

Du kan ha fleire arbeidsflater, til dømes viss du hjelper fleire kommunar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kommunen</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv inn navn og organisasjonsnummer.</source>
        <translation>Skriv inn namn og organisasjonsnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel Fjordvik kommune</source>
        <translation>Til dømes Fjordvik kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens navn</source>
        <translation>Namnet på kommunen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9 siffer</source>
        <translation>9 siffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisasjonsnummer</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisasjonsnummer:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gyldig organisasjonsnummer.</source>
        <translation>Gyldig organisasjonsnummer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Klar til å opprette</source>
        <translation>Klar til å opprette</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Postvakt oppretter arbeidsflaten «{name}» med organisasjonsnummer {orgnr}.

Dette skrives i loggen. Trykk Fullfør for å opprette den.</source>
        <translation>Postvakt opprettar arbeidsflata «{name}» med organisasjonsnummer {orgnr}.

Dette blir skrive i loggen. Trykk Fullfør for å opprette ho.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sjekker organisasjonsnummeret i Enhetsregisteret …</source>
        <translation>Sjekkar organisasjonsnummeret i Einingsregisteret …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke sjekket i Enhetsregisteret (øvingssandkassen starter ennå).</source>
        <translation>Ikkje sjekka i Einingsregisteret (øvingssandkassa startar enno).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enhetsregisteret: {name} ({form}).</source>
        <translation>Einingsregisteret: {name} ({form}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke sjekket i Enhetsregisteret: {why} Det er ukjent om nummeret er en kommune.</source>
        <translation>Ikkje sjekka i Einingsregisteret: {why} Det er ukjent om nummeret er ein kommune.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Arbeidsflaten ble ikke opprettet</source>
        <translation>Arbeidsflata vart ikkje oppretta</translation>
    </message>
</context>
<context>
    <name>notice_planner</name>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/texts.py" line="+38"/>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anbefaling</source>
        <translation>Tilråding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-post</source>
        <translation>E-post</translation>
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
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/table.py" line="+1"/>
        <source>Varsel</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan sendes fra</source>
        <translation>Kan sendast frå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feilkvittering senest</source>
        <translation>Feilkvittering seinast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kan ikke planlegges</source>
        <translation>Kan ikkje planleggjast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dag {n}, flyttet</source>
        <translation>Dag {n}, flytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag {n}</source>
        <translation>Dag {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sendes ikke: brevet er lest</source>
        <translation>Blir ikkje sendt: brevet er lese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kl. {time}</source>
        <translation>kl. {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/timeline.py" line="+31"/>
        <source>Tidslinje: varsler per dag</source>
        <translation>Tidslinje: varsel per dag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Varsler fra {first} til {last}. Flest varsler {day}: {n}.</source>
        <translation>Varsel frå {first} til {last}. Flest varsel {day}: {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen varsler å vise.</source>
        <translation>Ingen varsel å vise.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{day}: {n} varsler (e-post {e}, SMS {s})</source>
        <translation>{day}: {n} varsel (e-post {e}, SMS {s})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ingen varsler å vise ennå.</source>
        <translation>Ingen varsel å vise enno.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Varsler per dag (pek på en stolpe for tallene)</source>
        <translation>Varsel per dag (peik på ein stolpe for tala)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="+79"/>
        <source>Varslingsplan</source>
        <translation>Varslingsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se nøyaktig når hvert varsel om et digitalt brev kan gå ut, hos Digipost og e-Boks, og hvorfor. Varsler går bare på dagtid, og bare hvis brevet ikke er lest. Gjelder brev som krever varsling etter {section}.</source>
        <translation>Sjå nøyaktig når kvart varsel om eit digitalt brev kan gå ut, hos Digipost og e-Boks, og kvifor. Varsel går berre på dagtid, og berre viss brevet ikkje er lese. Gjeld brev som krev varsling etter {section}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="-122"/>
        <source>Varselet dere bestiller</source>
        <translation>Varselet de bestiller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for eksempel 0, 7</source>
        <translation>til dømes 0, 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager etter at brevet kom fram</source>
        <translation>Dagar etter at brevet kom fram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dag 0 er dagen brevet kommer i postkassen. Velg 1–10 ulike dager fra 0 til 25, med komma mellom.</source>
        <translation>Dag 0 er dagen brevet kjem i postkassa. Vel 1–10 ulike dagar frå 0 til 25, med komma mellom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 = samme dag som brevet kommer. 1–10 dager, fra 0 til 25.</source>
        <translation>0 = same dag som brevet kjem. 1–10 dagar, frå 0 til 25.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dager:</source>
        <translation>&amp;Dagar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;E-post</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kanal:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postkasseleverandør</source>
        <translation>Postkasseleverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leverandør:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brevet krever varsel etter § 8</source>
        <translation>Brevet krev varsel etter § 8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enkeltvedtak og andre brev der {section} krever varsel. Da anbefales dag 0 og 7 med e-post.</source>
        <translation>Enkeltvedtak og andre brev der {section} krev varsel. Då blir dag 0 og 7 med e-post tilrådd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Varslingstekster</source>
        <translation>Varslingstekstar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varslingstekst for e-post</source>
        <translation>Varslingstekst for e-post</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varslingstekst for SMS</source>
        <translation>Varslingstekst for SMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tekst i e-posten:</source>
        <translation>Tekst i e-posten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekst i SMS-en:</source>
        <translation>Tekst i SMS-en:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Varsler sendes ukryptert. Skriv ikke navn, fødselsnummer eller hva saken gjelder.</source>
        <translation>Varsel blir sende ukrypterte. Skriv ikkje namn, fødselsnummer eller kva saka gjeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontroll av innstillingene</source>
        <translation>Kontroll av innstillingane</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ett brev</source>
        <translation>Eitt brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste fra fil</source>
        <translation>Liste frå fil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tilgjengelig i postkassen:</source>
        <translation>&amp;Tilgjengeleg i postkassa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgjengelig i postkassen</source>
        <translation>Tilgjengeleg i postkassa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Når brevet kom i den digitale postkassen (norsk tid). Dag 0 er denne dagen.</source>
        <translation>Når brevet kom i den digitale postkassa (norsk tid). Dag 0 er denne dagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lest:</source>
        <translation>Lese:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lest</source>
        <translation>Lese</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Importer liste …</source>
        <translation>&amp;Importer liste …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest (dd.mm.åååå tt:mm, norsk tid).</source>
        <translation>CSV eller Excel med kolonnane Referanse, Sendt, Tilgjengeleg og Lese (dd.mm.åååå tt:mm, norsk tid).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/letter_actions.py" line="+124"/>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+6"/>
        <source>CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest.</source>
        <translation>CSV eller Excel med kolonnane Referanse, Sendt, Tilgjengeleg og Lese.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+8"/>
        <source>&amp;Kan mottakerne varsles? …</source>
        <translation>&amp;Kan mottakarane varslast? …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekk i Kontaktregisteret (eller en eksportert liste) hvem som kan få varsel på e-post eller SMS, og hvem som har for gamle kontaktopplysninger.</source>
        <translation>Sjekk i Kontaktregisteret (eller ei eksportert liste) kven som kan få varsel på e-post eller SMS, og kven som har for gamle kontaktopplysningar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Planlagte varsler</source>
        <translation>Planlagde varsel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="+185"/>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+15"/>
        <source>Velg en rad for å se hele begrunnelsen.</source>
        <translation>Vel ei rad for å sjå heile grunngivinga.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/sections.py" line="+24"/>
        <source>Rader som ikke ble lest inn</source>
        <translation>Rader som ikkje vart lesne inn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fjern listen</source>
        <translation>Fjern lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ksporter plan …</source>
        <translation>E&amp;ksporter plan …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre planen som CSV (åpnes i Excel) eller Excel-fil.</source>
        <translation>Lagre planen som CSV (kan opnast i Excel) eller Excel-fil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="-121"/>
        <source>{n} av {max} tegn</source>
        <translation>{n} av {max} teikn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} av {max} tegn ({parts} SMS)</source>
        <translation>{n} av {max} teikn ({parts} SMS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spesialtegn: {per} tegn per SMS</source>
        <translation>spesialteikn: {per} teikn per SMS</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Innstillingene er i orden.</source>
        <translation>Innstillingane er i orden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Brevet</source>
        <translation>Brevet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/letter_actions.py" line="-77"/>
        <source>Importer liste over brev</source>
        <translation>Importer liste over brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen ble ikke lest inn.</source>
        <translation>Lista vart ikkje lesen inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen ble ikke lest inn</source>
        <translation>Lista vart ikkje lesen inn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} brev fra «{name}».</source>
        <translation>{n} brev frå «{name}».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 rad ble ikke lest inn. De andre radene er med i planen:</source>
        <translation>1 rad vart ikkje lesen inn. Dei andre radene er med i planen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} rader ble ikke lest inn. De andre radene er med i planen:</source>
        <translation>{n} rader vart ikkje lesne inn. Dei andre radene er med i planen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… og {n} til.</source>
        <translation>… og {n} til.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/page.py" line="+22"/>
        <source>Rett feilene i innstillingene til venstre, så vises planen her.</source>
        <translation>Rett feila i innstillingane til venstre, så blir planen vist her.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} varsler for brevet hos {provider}.</source>
        <translation>{n} varsel for brevet hos {provider}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} varsler for {letters} brev hos {provider}.</source>
        <translation>{n} varsel for {letters} brev hos {provider}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle {day}.</source>
        <translation>Alle {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fra {first} til {last}.</source>
        <translation>Frå {first} til {last}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} sendes ikke fordi brevet alt er lest.</source>
        <translation>{n} blir ikkje sende fordi brevet alt er lese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} brev kan ikke planlegges (rødt i tabellen).</source>
        <translation>{n} brev kan ikkje planleggjast (raudt i tabellen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg en rad for å se hvorfor.</source>
        <translation>Vel ei rad for å sjå kvifor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (linje {line})</source>
        <translation> (linje {line})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dag {n}, {channel}</source>
        <translation>dag {n}, {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notice_plan/letter_actions.py" line="+21"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksporter planen</source>
        <translation>Eksporter planen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Planen er eksportert</source>
        <translation>Planen er eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rader er lagret i {path}.</source>
        <translation>{n} rader er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planen ble ikke lagret</source>
        <translation>Planen vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>notification_contacts</name>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/page.py" line="+60"/>
        <source>Varsling</source>
        <translation>Varsling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadressene får beskjed når det kommer post til organisasjonsnummeret. Bare de som kan lese den taushetsbelagte posten, bør få varslene, og hvert organisasjonsnummer må ha minst én adresse.</source>
        <translation>Varslingsadressene får melding når det kjem post til organisasjonsnummeret. Berre dei som kan lese den teiepliktbelagde posten, bør få varsla, og kvart organisasjonsnummer må ha minst éi adresse.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene for portalen.</source>
        <translation>Logga inn, men Altinn lèt ikkje Postvakt gjere dette direkte: {why} Bruk stega for portalen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koblet til Altinn: endringer lagres i Altinn med en gang.</source>
        <translation>Kopla til Altinn: endringar blir lagra i Altinn med ein gong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke logget inn i Altinn: før opp adressene slik de står i Altinn, og endre dem i portalen (stegene under).</source>
        <translation>Ikkje logga inn i Altinn: før opp adressene slik dei står i Altinn, og endre dei i portalen (stega nedanfor).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/sections.py" line="+41"/>
        <source>Virksomhet:</source>
        <translation>Verksemd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Varslingsadresser</source>
        <translation>Varslingsadresser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilhører</source>
        <translation>Høyrer til</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>navn@kommune.no eller +47 912 34 567</source>
        <translation>namn@kommune.no eller +47 912 34 567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varslingsadresse</source>
        <translation>Varslingsadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endre valgt</source>
        <translation>Endre vald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern valgt …</source>
        <translation>Fjern vald …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;mange …</source>
        <translation>For &amp;mange …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én adresse, eller en liste, for alle eller flere organisasjonsnumre på en gang</source>
        <translation>Éi adresse, eller ei liste, for alle eller fleire organisasjonsnummer på ein gong</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Les adressene fra Altinn</source>
        <translation>Les adressene frå Altinn</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Dette bør rettes</source>
        <translation>Dette bør rettast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personlig varsling: en beskjed til hver leser</source>
        <translation>Personleg varsling: ei melding til kvar lesar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bare hver enkelt kan legge inn sin egen varslingsadresse i Altinn og bekrefte den med en kode på 6 siffer. Send beskjeden til hver person på godkjent-listen.</source>
        <translation>Berre kvar enkelt kan leggje inn si eiga varslingsadresse i Altinn og stadfeste ho med ein kode på 6 siffer. Send meldinga til kvar person på lista over godkjende.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopier</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre alle som tekstfil …</source>
        <translation>Lagre alle som tekstfil …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/page.py" line="+31"/>
        <source>Varslingsadressene ble ikke lest inn</source>
        <translation>Varslingsadressene vart ikkje lesne inn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ingen adresse</source>
        <translation>inga adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ukjent: Postvakt har ikke lest varslingsadressene fra Altinn for de {n} organisasjonsnumrene. Logg inn og les dem, eller før dem inn.</source>
        <translation>Ukjend: Postvakt har ikkje lese varslingsadressene frå Altinn for dei {n} organisasjonsnumra. Logg inn og les dei, eller før dei inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{without} av {n} organisasjonsnumre har ingen varslingsadresse.</source>
        <translation>{without} av {n} organisasjonsnummer har inga varslingsadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle {n} organisasjonsnumre Postvakt kjenner, har minst én varslingsadresse.</source>
        <translation>Alle dei {n} organisasjonsnumra Postvakt kjenner, har minst éi varslingsadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{u} er ukjent: ikke lest fra Altinn ennå.</source>
        <translation>{u} er ukjende: ikkje lese frå Altinn enno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ett forhold bør rettes (se listen under).</source>
        <translation>Eitt forhold bør rettast (sjå lista nedanfor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{flags} forhold bør rettes (se listen under).</source>
        <translation>{flags} forhold bør rettast (sjå lista nedanfor).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>? Ukjent: ingenting er lest fra Altinn ennå, så Postvakt kan ikke si om noe bør rettes.</source>
        <translation>? Ukjend: ingenting er lese frå Altinn enno, så Postvakt kan ikkje seie om noko bør rettast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Ingenting å rette for de {k} Postvakt kjenner; {u} er ukjent.</source>
        <translation>✔ Ingenting å rette for dei {k} Postvakt kjenner; {u} er ukjende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Ingenting å rette: alle har adresse, og alle som varsles, kan lese posten.</source>
        <translation>✔ Ingenting å rette: alle har adresse, og alle som blir varsla, kan lese posten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Godkjent leser</source>
        <translation>Godkjend lesar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altinn</source>
        <translation>Altinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ført inn for hånd</source>
        <translation>Ført inn for hand</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ingen på godkjent-listen ennå. Før opp lesere under Taushetsbelagt post, så lages en beskjed til hver av dem her.</source>
        <translation>Ingen på lista over godkjende enno. Før opp lesarar under Teiepliktbelagd post, så blir det laga ei melding til kvar av dei her.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/notification_contacts/address_actions.py" line="+84"/>
        <source>Fjern varslingsadresse</source>
        <translation>Fjern varslingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne {address} som varslingsadresse? Den får ikke lenger beskjed om ny post til virksomheten.</source>
        <translation>Fjerne {address} som varslingsadresse? Ho får ikkje lenger melding om ny post til verksemda.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adressene ble ikke lest fra Altinn</source>
        <translation>Adressene vart ikkje lesne frå Altinn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagre beskjedene</source>
        <translation>Lagre meldingane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekstfil (*.txt)</source>
        <translation>Tekstfil (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beskjedene er lagret i {path}.</source>
        <translation>Meldingane er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beskjedene ble ikke lagret</source>
        <translation>Meldingane vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>notifier</name>
    <message>
        <location filename="../../desktop_app/views/notifier.py" line="+72"/>
        <source>{n} taushetsbelagte brev er ikke åpnet og kan være i faresonen.</source>
        <translation>{n} teiepliktbelagde brev er ikkje opna og kan vere i faresona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gjennomgangen av tilgangene skulle vært gjort {day}.</source>
        <translation>Gjennomgangen av tilgangane skulle vore gjord {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Åpne Uåpnet post for {name}</source>
        <translation>Opne Uopna post for {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne Taushetsbelagt post for {name}</source>
        <translation>Opne Teiepliktbelagd post for {name}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Varsel fra Postvakt</source>
        <translation>Varsel frå Postvakt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lukk varselet</source>
        <translation>Lukk varselet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt: fast kontroll</source>
        <translation>Postvakt: fast kontroll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klikk for å åpne Postvakt.</source>
        <translation>Klikk for å opne Postvakt.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Fast kontroll: {text} Se Oversikt.</source>
        <translation>Fast kontroll: {text} Sjå Oversikt.</translation>
    </message>
</context>
<context>
    <name>organizations</name>
    <message>
        <location filename="../../desktop_app/wizards/organizations/texts.py" line="+30"/>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slettet {date}</source>
        <translation>Sletta {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nedlagt {date}</source>
        <translation>Nedlagd {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konkurs</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under avvikling</source>
        <translation>Under avvikling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under tvangsavvikling</source>
        <translation>Under tvangsavvikling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finnes ikke i Enhetsregisteret</source>
        <translation>Finst ikkje i Einingsregisteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke sjekket ennå</source>
        <translation>Ikkje sjekka enno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/page.py" line="+344"/>
        <location filename="../../desktop_app/wizards/organizations/texts.py" line="+11"/>
        <source>Underenheter har ingen egen daglig leder i Enhetsregisteret; se enheten de hører til.</source>
        <translation>Undereiningar har ingen eigen dagleg leiar i Einingsregisteret; sjå eininga dei høyrer til.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/texts.py" line="+10"/>
        <source>Enheten er slettet i Enhetsregisteret. Den finnes ikke lenger og kan ikke motta post i Altinn. Finn ut hvilken enhet som har tatt over oppgavene, og ta den slettede ut av rutinene for tilgang og varsling.</source>
        <translation>Eininga er sletta i Einingsregisteret. Ho finst ikkje lenger og kan ikkje ta imot post i Altinn. Finn ut kva eining som har teke over oppgåvene, og ta den sletta eininga ut av rutinane for tilgang og varsling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enheten er lagt ned ifølge Enhetsregisteret. Post bør gå til enheten som har tatt over.</source>
        <translation>Eininga er lagd ned ifølgje Einingsregisteret. Post bør gå til eininga som har teke over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enheten er under avvikling ifølge Enhetsregisteret og kan snart bli slettet.</source>
        <translation>Eininga er under avvikling ifølgje Einingsregisteret og kan snart bli sletta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhetsregisteret kjenner ikke dette nummeret. Sjekk at det er skrevet riktig; er det feil, fjern det og legg inn det riktige.</source>
        <translation>Einingsregisteret kjenner ikkje dette nummeret. Sjekk at det er skrive rett; er det feil, fjern det og legg inn det rette.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke sjekket mot Enhetsregisteret ennå. Trykk «Oppdater fra Enhetsregisteret».</source>
        <translation>Ikkje sjekka mot Einingsregisteret enno. Trykk «Oppdater frå Einingsregisteret».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny: {name} ({orgnr})</source>
        <translation>Ny: {name} ({orgnr})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borte: {name} ({orgnr}) hører ikke lenger til kommunen i Enhetsregisteret</source>
        <translation>Borte: {name} ({orgnr}) høyrer ikkje lenger til kommunen i Einingsregisteret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nytt navn: «{old}» heter nå «{name}» ({orgnr})</source>
        <translation>Nytt namn: «{old}» heiter no «{name}» ({orgnr})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ingen overordnet</source>
        <translation>inga overordna eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyttet: {name} ({orgnr}) hører nå til {parent}</source>
        <translation>Flytta: {name} ({orgnr}) høyrer no til {parent}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slettet: {name} ({orgnr}) er slettet i Enhetsregisteret</source>
        <translation>Sletta: {name} ({orgnr}) er sletta i Einingsregisteret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/paste_dialog.py" line="+25"/>
        <source>Lim inn organisasjonsnumre</source>
        <translation>Lim inn organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ett organisasjonsnummer på hver linje, gjerne med navnet etter, for eksempel:
974 760 673  Fjordvik skole</source>
        <translation>Eitt organisasjonsnummer på kvar linje, gjerne med namnet etter, til dømes:
974 760 673  Fjordvik skule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Liste med organisasjonsnumre</source>
        <translation>Liste med organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/page.py" line="-274"/>
        <source>Virksomheter</source>
        <translation>Verksemder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle organisasjonsnumrene i kommunen: kommunen selv, organisasjonsleddene og underenhetene. Hvert av dem trenger en som kan lese taushetsbelagt post.</source>
        <translation>Alle organisasjonsnumra i kommunen: kommunen sjølv, organisasjonsledda og undereiningane. Kvart av dei treng ein som kan lese teiepliktbelagd post.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fremdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I Test (TT02) lages listen av virksomhetene Altinn sier at du kan representere, fordi Enhetsregisterets data ikke passer med testmiljøets oppdiktede virksomheter.</source>
        <translation>I Test (TT02) blir lista laga av verksemdene Altinn seier at du kan representere, fordi opplysningane i Einingsregisteret ikkje passar med dei oppdikta verksemdene i testmiljøet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filtrer på navn, org.nr, adresse eller daglig leder …</source>
        <translation>Filtrer på namn, org.nr., adresse eller dagleg leiar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer virksomheter</source>
        <translation>Filtrer verksemder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern fra listen …</source>
        <translation>Fjern frå lista …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjerner en enhet du har lagt til for hånd. Enheter fra Enhetsregisteret følger registeret.</source>
        <translation>Fjernar ei eining du har lagt til for hand. Einingar frå Einingsregisteret følgjer registeret.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+69"/>
        <location line="+9"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+75"/>
        <source>Org.nr</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <translation>Dagleg leiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Virksomheter i arbeidsflaten</source>
        <translation>Verksemder i arbeidsflata</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/wizards/organizations/unit_actions.py" line="+97"/>
        <source>Velg en enhet i listen for å se hva statusen betyr.</source>
        <translation>Vel ei eining i lista for å sjå kva statusen tyder.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Endringer siden sist</source>
        <translation>Endringar sidan sist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endringer siden forrige oppdatering</source>
        <translation>Endringar sidan førre oppdatering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til for hånd</source>
        <translation>Legg til for hand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 siffer</source>
        <translation>9 siffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisasjonsnummer</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valgfritt: hentes ved neste oppdatering</source>
        <translation>Valfritt: blir henta ved neste oppdatering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importer en liste</source>
        <translation>Importer ei liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV eller Excel med organisasjonsnummer og eventuelt navn, eller lim inn numrene. Linjer med feil blir hoppet over og vist her.</source>
        <translation>CSV eller Excel med organisasjonsnummer og eventuelt namn, eller lim inn numra. Linjer med feil blir hoppa over og viste her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fra fil …</source>
        <translation>Frå fil …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lim inn …</source>
        <translation>Lim inn …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Listen over virksomheter kunne ikke leses</source>
        <translation>Lista over verksemder kunne ikkje lesast</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ikke hentet fra Enhetsregisteret ennå. Listen viser det som er lagret i arbeidsflaten.</source>
        <translation>Ikkje henta frå Einingsregisteret enno. Lista viser det som er lagra i arbeidsflata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist oppdatert {when}. {count} enheter; listen er lagret og kan brukes uten nett.</source>
        <translation>Sist oppdatert {when}. {count} einingar; lista er lagra og kan brukast utan nett.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist hentet fra Enhetsregisteret {when}. {count} enheter; listen er lagret og kan brukes uten nett.</source>
        <translation>Sist henta frå Einingsregisteret {when}. {count} einingar; lista er lagra og kan brukast utan nett.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(navn hentes ved neste oppdatering)</source>
        <translation>(namnet blir henta ved neste oppdatering)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Rødt betyr at Enhetsregisteret sier at enheten er slettet, nedlagt eller under avvikling, eller ikke kjenner nummeret ({n} i listen). Slike enheter kan ikke motta post. Hold musen over raden for å se hva du bør gjøre.</source>
        <translation>Raudt tyder at Einingsregisteret seier at eininga er sletta, nedlagd eller under avvikling, eller ikkje kjenner nummeret ({n} i lista). Slike einingar kan ikkje ta imot post. Hald musa over rada for å sjå kva du bør gjere.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Når du har hentet listen fra Enhetsregisteret, ser du her hva som er nytt, borte, har fått nytt navn, er flyttet eller slettet siden gangen før.</source>
        <translation>Når du har henta lista frå Einingsregisteret, ser du her kva som er nytt, borte, har fått nytt namn, er flytta eller sletta sidan gongen før.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen endringer ved oppdateringen {when}.</source>
        <translation>Ingen endringar ved oppdateringa {when}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 endring ved oppdateringen {when}:</source>
        <translation>1 endring ved oppdateringa {when}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} endringer ved oppdateringen {when}:</source>
        <translation>{n} endringar ved oppdateringa {when}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/register_refresh.py" line="+27"/>
        <source>Oppdater fra Altinn</source>
        <translation>Oppdater frå Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oppdater fra Enhetsregisteret</source>
        <translation>Oppdater frå Einingsregisteret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Henter virksomhetene du kan representere fra Altinn (krever innlogging).</source>
        <translation>Hentar verksemdene du kan representere, frå Altinn (krev innlogging).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Henter kommunen, organisasjonsleddene og underenhetene fra Enhetsregisteret (åpne data, ingen innlogging).</source>
        <translation>Hentar kommunen, organisasjonsledda og undereiningane frå Einingsregisteret (opne data, inga innlogging).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logg inn i Altinn først. I Test lages listen av virksomhetene Altinn sier at du kan representere.</source>
        <translation>Logg inn i Altinn først. I Test blir lista laga av verksemdene Altinn seier at du kan representere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Øvingskommunen Fjordvik finnes bare i Øving. Bytt til Øving i Innstillinger for å hente den, eller lag en arbeidsflate for din egen kommune.</source>
        <translation>Øvingskommunen Fjordvik finst berre i Øving. Byt til Øving i Innstillingar for å hente han, eller lag ei arbeidsflate for din eigen kommune.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Øvingssandkassen er ikke startet ennå. Vent et øyeblikk og prøv igjen.</source>
        <translation>Øvingssandkassa er ikkje starta enno. Vent eit augeblikk og prøv igjen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Oppdaterer …</source>
        <translation>Oppdaterer …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Avbryter …</source>
        <translation>Stoppar …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ferdig: {count} enheter hentet fra Altinn, {changes} endringer.</source>
        <translation>Ferdig: {count} einingar henta frå Altinn, {changes} endringar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferdig: {count} enheter hentet fra Enhetsregisteret, {changes} endringer.</source>
        <translation>Ferdig: {count} einingar henta frå Einingsregisteret, {changes} endringar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oppdateringen gikk ikke: {reason}
Den lagrede listen er uendret. Du kan prøve igjen med «{button}».</source>
        <translation>Oppdateringa gjekk ikkje: {reason}
Den lagra lista er uendra. Du kan prøve igjen med «{button}».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Oppdateringen ble avbrutt. Den lagrede listen er uendret.</source>
        <translation>Oppdateringa vart avbroten. Den lagra lista er uendra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/organizations/unit_actions.py" line="-60"/>
        <source>✓ Gyldig organisasjonsnummer</source>
        <translation>✓ Gyldig organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} av 9 siffer</source>
        <translation>{n} av 9 siffer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{orgnr} er lagt til. Navn og status hentes ved neste oppdatering.</source>
        <translation>{orgnr} er lagt til. Namn og status blir henta ved neste oppdatering.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fjerne enheten?</source>
        <translation>Fjerne eininga?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne {unit} fra listen over virksomheter? Det blir skrevet i loggen.</source>
        <translation>Vil du fjerne {unit} frå lista over verksemder? Det blir skrive i loggen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enheten ble ikke fjernet</source>
        <translation>Eininga vart ikkje fjerna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Velg en liste med organisasjonsnumre</source>
        <translation>Vel ei liste med organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabeller (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Tabellar (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leser {name} …</source>
        <translation>Les {name} …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} lagt til.</source>
        <translation>{n} lagde til.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} fantes fra før.</source>
        <translation>{n} fanst frå før.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 linje hoppet over:</source>
        <translation>1 linje hoppa over:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} linjer hoppet over:</source>
        <translation>{n} linjer hoppa over:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… og {n} til.</source>
        <translation>… og {n} til.</translation>
    </message>
</context>
<context>
    <name>portal_read</name>
    <message>
        <location filename="../../desktop_app/wizards/confidential_access/portal_read.py" line="+66"/>
        <source>Lest fra portalens nedlasting {time} (fil {name})</source>
        <translation>Lese frå nedlastinga i portalen {time} (fil {name})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lest fra portalens nedlasting {time} (fil {name}):</source>
        <translation>Lese frå nedlastinga i portalen {time} (fil {name}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lest fra portalens nedlasting (fil {name}):</source>
        <translation>Lese frå nedlastinga i portalen (fil {name}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} organisasjonsnummer.</source>
        <translation>{n} organisasjonsnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisasjonsnumre.</source>
        <translation>{n} organisasjonsnummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} organisasjonsnummer er ikke endret: Postvakt har nyere opplysninger.</source>
        <translation>{n} organisasjonsnummer er ikkje endra: Postvakt har nyare opplysningar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisasjonsnumre er ikke endret: Postvakt har nyere opplysninger.</source>
        <translation>{n} organisasjonsnummer er ikkje endra: Postvakt har nyare opplysningar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} organisasjonsnummer i filen er ikke i arbeidsflaten og er hoppet over.</source>
        <translation>{n} organisasjonsnummer i fila er ikkje i arbeidsflata og er hoppa over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisasjonsnumre i filen er ikke i arbeidsflaten og er hoppet over.</source>
        <translation>{n} organisasjonsnummer i fila er ikkje i arbeidsflata og er hoppa over.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} rad ble hoppet over:</source>
        <translation>{n} rad vart hoppa over:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} rader ble hoppet over:</source>
        <translation>{n} rader vart hoppa over:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Les inn fra Altinn-nedlasting</source>
        <translation>Les inn frå Altinn-nedlasting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Når Postvakt ikke kan lese tilgangene gjennom Altinn, kan du laste ned Altinns egen oversikt over hvem som har fått hva, og lese den inn her.</source>
        <translation>Når Postvakt ikkje kan lese tilgangane gjennom Altinn, kan du laste ned Altinn si eiga oversikt over kven som har fått kva, og lese ho inn her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logg inn på altinn.no, trykk «Bytt» og velg kommunen under «Virksomheter».</source>
        <translation>Logg inn på altinn.no, trykk «Bytt» og vel kommunen under «Verksemder».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne «Tilgangsstyring» og velg «Brukere» (eller «Fullmakter») i menyen til venstre.</source>
        <translation>Opne «Tilgangsstyring» og vel «Brukarar» (eller «Fullmakter») i menyen til venstre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trykk «Last ned til fil». Slå på «Inkluder fullmakter i … sine underenheter» (Altinn tilbyr det for inntil 500 underenheter), og trykk «Start nedlasting».</source>
        <translation>Trykk «Last ned til fil». Slå på «Inkluder fullmakter i … sine undereiningar» (Altinn tilbyr det for inntil 500 undereiningar), og trykk «Start nedlastninga».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Velg zip-filen her, slik den ble lastet ned (for eksempel 123456789_2026-12-06.zip).</source>
        <translation>Vel zip-fila her, slik ho vart lasta ned (til dømes 123456789_2026-12-06.zip).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Knappen «Last ned til fil» vises for den som administrerer tilganger for kommunen. Et organisasjonsledd er en egen aktør i Altinn: last ned for det også, for å få med underenhetene under det.</source>
        <translation>Knappen «Last ned til fil» blir vist for den som administrerer tilgangar for kommunen. Eit organisasjonsledd er ein eigen aktør i Altinn: last ned for det òg, for å få med undereiningane under det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Underenhetene var med (jeg slo på «Inkluder fullmakter i … sine underenheter»)</source>
        <translation>Undereiningane var med (eg slo på «Inkluder fullmakter i … sine undereiningar»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En underenhet der ingen har fått noe, står ikke i filen. Er bryteren slått på, vet Postvakt at ingen har tilgang der; ellers står den som ukjent.</source>
        <translation>Ei undereining der ingen har fått noko, står ikkje i fila. Er brytaren slått på, veit Postvakt at ingen har tilgang der; elles står ho som ukjend.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last ned en øvingsfil</source>
        <translation>Last ned ei øvingsfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Øvingssandkassens nedlasting for øvingskommunen, åpnes i nettleseren.</source>
        <translation>Nedlastinga frå øvingssandkassa for øvingskommunen, blir opna i nettlesaren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Velg filen …</source>
        <translation>Vel fila …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Velg nedlastingen fra Altinn</source>
        <translation>Vel nedlastinga frå Altinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nedlasting fra Altinn (*.zip *.csv);;Alle filer (*)</source>
        <translation>Nedlasting frå Altinn (*.zip *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filen ble ikke lest inn.</source>
        <translation>Fila vart ikkje lesen inn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Les inn fra Altinn-nedlasting …</source>
        <translation>Les inn frå Altinn-nedlasting …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altinn-portalens egen nedlasting av hvem som har tilgang («Last ned til fil»).</source>
        <translation>Altinn-portalen si eiga nedlasting av kven som har tilgang («Last ned til fil»).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop_app/views/printing.py" line="+77"/>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+18"/>
        <location line="+18"/>
        <source>Utskriften ble ikke laget</source>
        <translation>Utskrifta vart ikkje laga</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Utskriften ble ikke ført i loggen</source>
        <translation>Utskrifta vart ikkje ført i loggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}: {n} sider sendt til skriveren.</source>
        <translation>{title}: {n} sider sende til skrivaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: 1 side sendt til skriveren.</source>
        <translation>{title}: 1 side send til skrivaren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gjør klar utskriften …</source>
        <translation>Gjer klar utskrifta …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skriv ut …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut det samme som PDF-en, side for side (Ctrl+P)</source>
        <translation>Skriv ut det same som PDF-en, side for side (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det er ingenting å skrive ut her ennå.</source>
        <translation>Det er ingenting å skrive ut her enno.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Det er ingenting å skrive ut på denne siden. Åpne en rapport, en oppsummering eller en veiledning først.</source>
        <translation>Det er ingenting å skrive ut på denne sida. Opne ein rapport, ei oppsummering eller ei rettleiing først.</translation>
    </message>
</context>
<context>
    <name>printouts</name>
    <message>
        <location filename="../../desktop_app/wizards/printouts.py" line="+14"/>
        <source>Skriv ut oppsummeringen</source>
        <translation>Skriv ut oppsummeringa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DPI-oppsett: sjekkliste</source>
        <translation>DPI-oppsett: sjekkliste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skriv ut sjekkliste …</source>
        <translation>Skriv ut sjekkliste …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut sjekklisten for DPI-oppsett</source>
        <translation>Skriv ut sjekklista for DPI-oppsett</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv ut rutinen</source>
        <translation>Skriv ut rutinen</translation>
    </message>
</context>
<context>
    <name>refresh_statuses</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/refresh_statuses.py" line="+51"/>
        <source>1 forsendelse</source>
        <translation>1 forsending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} forsendelser</source>
        <translation>{n} forsendingar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hent ny status fra SvarUt</source>
        <translation>Hent ny status frå SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valgfritt steg. Statusene i filen kan være gamle; Postvakt kan spørre SvarUt om hva som har skjedd med brevene siden.</source>
        <translation>Valfritt steg. Statusane i fila kan vere gamle; Postvakt kan spørje SvarUt om kva som har skjedd med breva sidan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sjekker innstillingene for SvarUt …</source>
        <translation>Sjekkar innstillingane for SvarUt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hent status</source>
        <translation>Hent status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt henting</source>
        <translation>Avbryt hentinga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prøv de som feilet, på nytt</source>
        <translation>Prøv dei som feila, på nytt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Framdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hvorfor noen ikke fikk ny status</source>
        <translation>Kvifor nokre ikkje fekk ny status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Det er ingen forsendelser å hente status for. Gå videre.</source>
        <translation>Det er ingen forsendingar å hente status for. Gå vidare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Øvingssandkassen starter …</source>
        <translation>Øvingssandkassa startar …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Øvingssandkassen kjører ikke. Bytt miljø under Innstillinger, eller hopp over dette steget.</source>
        <translation>Øvingssandkassa køyrer ikkje. Byt miljø under Innstillingar, eller hopp over dette steget.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Øving: statusene hentes fra øvingssandkassen med øvingsnøkler, så ingen ekte tjenester blir spurt. Forsendelser som kan sjekkes: {n}.</source>
        <translation>Øving: statusane blir henta frå øvingssandkassa med øvingsnøklar, så ingen ekte tenester blir spurde. Forsendingar som kan sjekkast: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SvarUt er satt opp. Forsendelser som kan sjekkes: {n}. Trykk «Hent status», eller Neste for å bruke statusene i filen.</source>
        <translation>SvarUt er sett opp. Forsendingar som kan sjekkast: {n}. Trykk «Hent status», eller Neste for å bruke statusane i fila.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For å hente status fra SvarUt må dette legges inn under Innstillinger, i «SvarUt og Maskinporten» og «Innlogging og nøkler» (spør IT-avdelingen om verdiene):
{items}

Du kan hoppe over steget: trykk Neste, så brukes statusene i filen.</source>
        <translation>For å hente status frå SvarUt må dette leggjast inn under Innstillingar, i «SvarUt og Maskinporten» og «Innlogging og nøklar» (spør IT-avdelinga om verdiane):
{items}

Du kan hoppe over steget: trykk Neste, så blir statusane i fila brukte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Du kan hoppe over steget: trykk Neste, så brukes statusene i filen.</source>
        <translation>Du kan hoppe over steget: trykk Neste, så blir statusane i fila brukte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kobler til SvarUt …</source>
        <translation>Koplar til SvarUt …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Avbryter … det som alt er hentet, beholdes.</source>
        <translation>Stoppar … det som alt er henta, blir teke vare på.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hentet {done} av {total}</source>
        <translation>Henta {done} av {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ny status for {n} av {total} forsendelser; {changed} har endret status siden filen ble laget.</source>
        <translation>Ny status for {n} av {total} forsendingar; {changed} har endra status sidan fila vart laga.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Du avbrøt. Det som ble hentet, er beholdt; resten har statusen fra filen.</source>
        <translation>Du avbraut. Det som vart henta, er teke vare på; resten har statusen frå fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} fikk ikke ny status og beholder statusen fra filen. Se hvorfor nedenfor.</source>
        <translation>{n} fekk ikkje ny status og beheld statusen frå fila. Sjå kvifor nedanfor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trykk «Prøv de som feilet, på nytt» for å spørre bare om dem ({n}).</source>
        <translation>Trykk «Prøv dei som feila, på nytt» for å spørje berre om dei ({n}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Slik står det nå: {parts}.</source>
        <translation>Slik står det no: {parts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trykk Neste for å gå videre.</source>
        <translation>Trykk Neste for å gå vidare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hent status på nytt</source>
        <translation>Hent status på nytt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statusene ble ikke hentet: {why}

Statusene fra filen brukes. Du kan prøve igjen eller trykke Neste.</source>
        <translation>Statusane vart ikkje henta: {why}

Statusane frå fila blir brukte. Du kan prøve igjen eller trykkje Neste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Avbrutt.</source>
        <translation>Avbrote.</translation>
    </message>
</context>
<context>
    <name>region</name>
    <message>
        <location filename="../../desktop_app/wizards/region/rows.py" line="+59"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva må gjøres først</source>
        <translation>Kva må gjerast først</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPI-oppsett</source>
        <translation>DPI-oppsett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uten leser</source>
        <translation>Utan lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uten varsling</source>
        <translation>Utan varsling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Siste kontroll</source>
        <translation>Siste kontroll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gjennomgang</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lest fra Altinn</source>
        <translation>Lese frå Altinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast kontroll</source>
        <translation>Fast kontroll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (statusfil)</source>
        <translation>{name} (statusfil)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KS lest tilbake</source>
        <translation>KS lese tilbake</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KS ikke lest</source>
        <translation>KS ikkje lese</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aldri</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingenting å gjøre</source>
        <translation>Ingenting å gjere</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Eldste lesing fra Altinn: {d}</source>
        <translation>Eldste lesing frå Altinn: {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingeravtrykk: {f}</source>
        <translation>Fingeravtrykk: {f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/file_actions.py" line="+39"/>
        <location filename="../../desktop_app/wizards/region/page.py" line="+60"/>
        <source>Regionoversikt</source>
        <translation>Regionoversikt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/page.py" line="+1"/>
        <source>Alle kommunene som én rad: DPI-oppsett, taushetsbelagt post, varsling, siste kontroll av uåpnet post og gjennomgang av tilgangene. Bare antall og datoer, ingen personopplysninger. «Ukjent» betyr ikke lest fra Altinn, ikke at noe er galt. Dobbeltklikk en rad for å gå dit det må gjøres noe.</source>
        <translation>Alle kommunane som éi rad: DPI-oppsett, teiepliktbelagd post, varsling, siste kontroll av uopna post og gjennomgang av tilgangane. Berre tal og datoar, ingen personopplysningar. «Ukjend» tyder ikkje lese frå Altinn, ikkje at noko er gale. Dobbeltklikk på ei rad for å gå dit det må gjerast noko.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Søk etter kommune eller org.nr</source>
        <translation>Søk etter kommune eller org.nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søk i regionoversikten</source>
        <translation>Søk i regionoversikta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bare de med noe å gjøre</source>
        <translation>Berre dei med noko å gjere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hent inn statusfil …</source>
        <translation>&amp;Hent inn statusfil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En statusfil fra en kommune som har sin egen Postvakt.</source>
        <translation>Ei statusfil frå ein kommune som har sin eigen Postvakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lag statusfil …</source>
        <translation>&amp;Lag statusfil …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statusen for arbeidsflaten som er valgt, til koordinatoren i regionen.</source>
        <translation>Statusen for arbeidsflata som er vald, til koordinatoren i regionen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kommunene i regionen</source>
        <translation>Kommunane i regionen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fingeravtrykket til denne maskinens statusnøkkel</source>
        <translation>Fingeravtrykket til statusnøkkelen på denne maskina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Å&amp;pne der det må gjøres noe</source>
        <translation>O&amp;pne der det må gjerast noko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fast kontroll …</source>
        <translation>&amp;Fast kontroll …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planlegg kontrollen av uåpnet post for kommunen, så den kjører av seg selv også når Postvakt er lukket.</source>
        <translation>Planlegg kontrollen av uopna post for kommunen, så han køyrer av seg sjølv også når Postvakt er lukka.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/file_actions.py" line="+140"/>
        <location filename="../../desktop_app/wizards/region/page.py" line="+6"/>
        <source>Fjern statusfilen</source>
        <translation>Fjern statusfila</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/page.py" line="+2"/>
        <source>Lagre som &amp;Excel …</source>
        <translation>Lagre som &amp;Excel …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre som P&amp;DF …</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Regionoversikten kunne ikke lages</source>
        <translation>Regionoversikta kunne ikkje lagast</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statusfilene fra denne maskinen er signert med nøkkelen med fingeravtrykk &lt;b&gt;{fp}&lt;/b&gt;. Les det opp for koordinatoren når de spør.</source>
        <translation>Statusfilene frå denne maskina er signerte med nøkkelen med fingeravtrykk &lt;b&gt;{fp}&lt;/b&gt;. Les det opp for koordinatoren når dei spør.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen kommuner ennå. Lag en arbeidsflate, eller hent inn en statusfil.</source>
        <translation>Ingen kommunar enno. Lag ei arbeidsflate, eller hent inn ei statusfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} av {total} kommuner vises. {work} har noe som må gjøres.</source>
        <translation>{shown} av {total} kommunar blir viste. {work} har noko som må gjerast.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} kjører sin egen Postvakt. Det som må gjøres, gjøres der:

{todo}

Statusfilen ble laget {made}. Fingeravtrykk: {fp}.</source>
        <translation>{name} køyrer sin eigen Postvakt. Det som må gjerast, blir gjort der:

{todo}

Statusfila vart laga {made}. Fingeravtrykk: {fp}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingenting.</source>
        <translation>Ingenting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/region/file_actions.py" line="-137"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre regionoversikten</source>
        <translation>Lagre regionoversikta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regionoversikten er lagret i {path}.</source>
        <translation>Regionoversikta er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionoversikten ble ikke lagret</source>
        <translation>Regionoversikta vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hent inn statusfil</source>
        <translation>Hent inn statusfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statusfil fra Postvakt (*.json);;Alle filer (*)</source>
        <translation>Statusfil frå Postvakt (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stemmer fingeravtrykket?</source>
        <translation>Stemmer fingeravtrykket?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Godta nøkkelen og hent inn filen?</source>
        <translation>Godta nøkkelen og hente inn fila?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statusfilen ble ikke hentet inn</source>
        <translation>Statusfila vart ikkje henta inn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statusfil</source>
        <translation>Statusfil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lag statusfil</source>
        <translation>Lag statusfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statusfil fra Postvakt (*.json)</source>
        <translation>Statusfil frå Postvakt (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statusfilen er laget</source>
        <translation>Statusfila er laga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statusfilen er lagret i {path}. Send den til koordinatoren.

Første gang: les dette fingeravtrykket opp for koordinatoren på telefon (ikke i samme e-post som filen):

{fp}

</source>
        <translation>Statusfila er lagra i {path}. Send ho til koordinatoren.

Første gong: les dette fingeravtrykket opp for koordinatoren på telefon (ikkje i same e-post som fila):

{fp}

</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statusfilen ble ikke laget</source>
        <translation>Statusfila vart ikkje laga</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ta {name} ut av regionoversikten? Nøkkelen kommunen signerer med, huskes, så neste fil derfra hentes inn uten ny kontroll.</source>
        <translation>Ta {name} ut av regionoversikta? Nøkkelen kommunen signerer med, blir hugsa, så neste fil derifrå blir henta inn utan ny kontroll.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/report_parts.py" line="+33"/>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1a: bare digitalt</source>
        <translation>1a: berre digitalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1b: skrives ut hvis uåpnet</source>
        <translation>1b: blir skrive ut viss uopna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{before} før status ble hentet fra SvarUt, {after} etter</source>
        <translation>{before} før status vart henta frå SvarUt, {after} etter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/history_chart.py" line="+32"/>
        <source>Brev i faresonen over tid</source>
        <translation>Brev i faresona over tid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 kontroll: {date} fant den {count} brev i faresonen.</source>
        <translation>1 kontroll: {date} fann han {count} brev i faresona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kontroller. Den siste, {date}, fant {count} brev i faresonen.</source>
        <translation>{n} kontrollar. Den siste, {date}, fann {count} brev i faresona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen kontroller ennå.</source>
        <translation>Ingen kontrollar enno.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{date}: {count} brev i faresonen hos {recipients} virksomheter ({file})</source>
        <translation>{date}: {count} brev i faresona hos {recipients} verksemder ({file})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Brev i faresonen per kontroll</source>
        <translation>Brev i faresona per kontroll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen kontroller ennå. Når kontrollen av uåpnet post er kjørt, ser du utviklingen her.</source>
        <translation>Ingen kontrollar enno. Når kontrollen av uopna post er køyrd, ser du utviklinga her.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/reports.py" line="+85"/>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrollene av uåpnet taushetsbelagt post som er lagret, med utviklingen over tid. Åpne en kontroll for å se alle brevene, eller åpne en rapport fra SvarUt direkte. Alt her virker uten nett.</source>
        <translation>Dei lagra kontrollane av uopna teiepliktbelagd post, med utviklinga over tid. Opne ein kontroll for å sjå alle breva, eller opne ein rapport frå SvarUt direkte. Alt her verkar utan nett.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Lagrede kontroller&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lagra kontrollar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utskrift</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I faresonen</source>
        <translation>I faresona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter</source>
        <translation>Verksemder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rader</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagrede kontroller</source>
        <translation>Lagra kontrollar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Å&amp;pne kontrollen</source>
        <translation>O&amp;pne kontrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne &amp;rapport …</source>
        <translation>Opne &amp;rapport …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se gjennom en eksport fra SvarUt (CSV eller Excel) uten å lagre den som en kontroll.</source>
        <translation>Sjå gjennom ein eksport frå SvarUt (CSV eller Excel) utan å lagre han som ein kontroll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Velg &amp;kolonner …</source>
        <translation>Vel &amp;kolonnar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hvilken kolonne i rapportfilen som er hva. Valget huskes for filer med de samme kolonnene.</source>
        <translation>Vel kva kolonne i rapportfila som er kva. Valet blir hugsa for filer med dei same kolonnane.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Framdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lagre som &amp;Excel …</source>
        <translation>Lagre som &amp;Excel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre som &amp;CSV …</source>
        <translation>Lagre som &amp;CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre &amp;PDF-sammendrag …</source>
        <translation>Lagre &amp;PDF-samandrag …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Et sammendrag for arkivet: tall, svar og virksomheter, uten brevtitler og personopplysninger.</source>
        <translation>Eit samandrag for arkivet: tal, svar og verksemder, utan brevtitlar og personopplysningar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Kontrollene kunne ikke hentes</source>
        <translation>Kontrollane kunne ikkje hentast</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Velg en arbeidsflate for å se kontrollene.</source>
        <translation>Vel ei arbeidsflate for å sjå kontrollane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen lagrede kontroller ennå. Kjør veiviseren «Uåpnet post», eller åpne en rapport fra SvarUt.</source>
        <translation>Ingen lagra kontrollar enno. Køyr vegvisaren «Uopna post», eller opne ein rapport frå SvarUt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dobbeltklikk en kontroll for å se brevene.</source>
        <translation>Dobbeltklikk på ein kontroll for å sjå breva.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/report_actions.py" line="+47"/>
        <source>Åpner kontrollen …</source>
        <translation>Opnar kontrollen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åpne rapport fra SvarUt</source>
        <translation>Opne rapport frå SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksport fra SvarUt (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</source>
        <translation>Eksport frå SvarUt (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Velg en arbeidsflate</source>
        <translation>Vel ei arbeidsflate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg eller lag en arbeidsflate øverst før du åpner en rapport.</source>
        <translation>Vel eller lag ei arbeidsflate øvst før du opnar ein rapport.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Postvakt fant ikke alle kolonnene den trenger i «{name}». Velg hvilken kolonne som er hva.</source>
        <translation>Postvakt fann ikkje alle kolonnane han treng i «{name}». Vel kva kolonne som er kva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporten kunne ikke åpnes</source>
        <translation>Rapporten kunne ikkje opnast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avbrutt. Det som var åpent fra før, vises fortsatt.</source>
        <translation>Avbrote. Det som var ope frå før, blir framleis vist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Avbryter …</source>
        <translation>Stoppar …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ingen kontroll er åpnet. Velg en kontroll over, eller åpne en rapport fra SvarUt.</source>
        <translation>Ingen kontroll er opna. Vel ein kontroll ovanfor, eller opne ein rapport frå SvarUt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapport «{file}» (ikke lagret)</source>
        <translation>Rapport «{file}» (ikkje lagra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontroll {date}, «{file}»</source>
        <translation>Kontroll {date}, «{file}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{count} brev i faresonen&lt;/b&gt;&lt;/span&gt; hos {recipients} virksomheter</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{count} brev i faresona&lt;/b&gt;&lt;/span&gt; hos {recipients} verksemder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Ingen brev i faresonen&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Ingen brev i faresona&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ett uåpnet brev</source>
        <translation>Eitt uopna brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} uåpnede brev</source>
        <translation>{n} uopna brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{letters} kan ikke knyttes til en mottaker&lt;/b&gt;&lt;/span&gt; (filen har ikke et gyldig organisasjonsnummer for dem), så kontrollen kan ikke si at alt er i orden</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{letters} kan ikkje knytast til ein mottakar&lt;/b&gt;&lt;/span&gt; (fila har ikkje eit gyldig organisasjonsnummer for dei), så kontrollen kan ikkje seie at alt er i orden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} kan ikke vurderes ut fra filen</source>
        <translation>{n} kan ikkje vurderast ut frå fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>svar om utskrift: {answer}</source>
        <translation>svar om utskrift: {answer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
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
        <translation>Lagre rapporten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagret:
{files}</source>
        <translation>Lagra:
{files}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporten ble ikke lagret</source>
        <translation>Rapporten vart ikkje lagra</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Uåpnet taushetsbelagt post – {name}</source>
        <translation>Uopna teiepliktbelagd post – {name}</translation>
    </message>
</context>
<context>
    <name>routine_dialog</name>
    <message>
        <location filename="../../desktop_app/views/routine_dialog.py" line="+39"/>
        <source>Vet ikke</source>
        <translation>Veit ikkje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter får bare digital post (1a)</source>
        <translation>Verksemder får berre digital post (1a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet skrives ut hvis det ikke åpnes (1b)</source>
        <translation>Brevet blir skrive ut viss det ikkje blir opna (1b)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fast kontroll – {name}</source>
        <translation>Fast kontroll – {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maskinens planlegger kjører kontrollen av uåpnet post av seg selv, også når Postvakt er lukket. Den leser den nyeste rapporten fra SvarUt i mappen du velger, og lagrer kontrollen i historikken og loggen som andre kontroller. Lagre rapporten fra SvarUt i mappen før hver kontroll. Maskinen må være på, og du må være logget inn på den, når kontrollen skal gå.</source>
        <translation>Planleggjaren på maskina køyrer kontrollen av uopna post av seg sjølv, også når Postvakt er lukka. Han les den nyaste rapporten frå SvarUt i mappa du vel, og lagrar kontrollen i historikken og loggen som andre kontrollar. Lagre rapporten frå SvarUt i mappa før kvar kontroll. Maskina må vere på, og du må vere logga inn på henne, når kontrollen skal gå.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hvor ofte:</source>
        <translation>&amp;Kor ofte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ukedag:</source>
        <translation>&amp;Vekedag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dag i måneden:</source>
        <translation>&amp;Dag i månaden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Klokkeslett:</source>
        <translation>&amp;Klokkeslett:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mappen der rapportene fra SvarUt lagres</source>
        <translation>Mappa der rapportane frå SvarUt blir lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velg …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mappe:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Innstilling i &amp;SvarUt:</source>
        <translation>Innstilling i &amp;SvarUt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hent ny status fra SvarUt først (krever oppsett under Innstillinger)</source>
        <translation>Hent ny status frå SvarUt først (krev oppsett under Innstillingar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leser hva planleggeren har …</source>
        <translation>Les kva planleggjaren har …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reparer</source>
        <translation>&amp;Reparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg kontrollen inn på nytt med Postvakt slik den er installert nå.</source>
        <translation>Legg inn kontrollen på nytt med Postvakt slik han er installert no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fjern</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mappen for rapporter fra SvarUt</source>
        <translation>Mappa for rapportar frå SvarUt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fant ingen planlegger på denne maskinen (systemd for brukeren eller cron), så Postvakt kan ikke legge inn en fast kontroll her. Be IT-avdelingen kjøre «postvakt-cli rutine kjor --workspace {id}» fast.</source>
        <translation>Fann ingen planleggjar på denne maskina (systemd for brukaren eller cron), så Postvakt kan ikkje leggje inn ein fast kontroll her. Be IT-avdelinga køyre «postvakt-cli rutine kjor --workspace {id}» fast.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen fast kontroll ennå for denne kommunen.</source>
        <translation>Ingen fast kontroll enno for denne kommunen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen planlegger</source>
        <translation>ingen planleggjar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagt inn i {where}: {when}.</source>
        <translation>Lagt inn i {where}: {when}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist kjørt {d}.</source>
        <translation>Sist køyrd {d}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke kjørt ennå.</source>
        <translation>Ikkje køyrd enno.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Den faste kontrollen ble ikke lagret</source>
        <translation>Den faste kontrollen vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Den faste kontrollen ble ikke reparert</source>
        <translation>Den faste kontrollen vart ikkje reparert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjern fast kontroll</source>
        <translation>Fjern fast kontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne den faste kontrollen fra maskinens planlegger? Kontrollene som alt er lagret, blir liggende i historikken.</source>
        <translation>Fjerne den faste kontrollen frå planleggjaren på maskina? Kontrollane som alt er lagra, blir liggjande i historikken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Den faste kontrollen ble ikke fjernet</source>
        <translation>Den faste kontrollen vart ikkje fjerna</translation>
    </message>
</context>
<context>
    <name>routine_overview</name>
    <message>
        <location filename="../../desktop_app/views/routine_overview.py" line="+26"/>
        <source>ikke kjørt ennå</source>
        <translation>ikkje køyrd enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} kl. {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Åpne Uåpnet post</source>
        <translation>Opne Uopna post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åpne Taushetsbelagt post</source>
        <translation>Opne Teiepliktbelagd post</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke for øvingskommunen</source>
        <translation>Ikkje for øvingskommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast kontroll av uåpnet post settes opp for en ekte arbeidsflate.</source>
        <translation>Fast kontroll av uopna post blir sett opp for ei ekte arbeidsflate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ikke satt opp</source>
        <translation>Ikkje sett opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen fast kontroll av uåpnet post. Sett den opp, så kjører maskinen kontrollen av seg selv, også når Postvakt er lukket.</source>
        <translation>Ingen fast kontroll av uopna post. Set han opp, så køyrer maskina kontrollen av seg sjølv, også når Postvakt er lukka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sist kjørt: {last}. Neste: {next}.</source>
        <translation>Sist køyrd: {last}. Neste: {next}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen før den er reparert</source>
        <translation>ingen før han er reparert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ved siste kjøring: {n} brev i faresonen.</source>
        <translation>Ved siste køyring: {n} brev i faresona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forfalt: kontrollen skulle ha kjørt {due}, men har ikke kjørt.</source>
        <translation>Forfalle: kontrollen skulle ha køyrt {due}, men har ikkje køyrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Må repareres</source>
        <translation>Må reparerast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Siste kjøring feilet</source>
        <translation>Siste køyring feila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {why}</source>
        <translation>{when}: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forfalt</source>
        <translation>Forfalle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maskinen må være på, og du logget inn på den, når kontrollen skal gå.</source>
        <translation>Maskina må vere på, og du logga inn på ho, når kontrollen skal gå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I rute</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Varsler fra fast kontroll</source>
        <translation>Varsel frå fast kontroll</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fast kontroll {day}: {text}</source>
        <translation>Fast kontroll {day}: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skjul</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul varselet for {name}</source>
        <translation>Skjul varselet for {name}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="+85"/>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Språk i Postvakt:</source>
        <translation>Språk i Postvakt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Språket byttes neste gang du starter Postvakt. / The language changes the next time you start Postvakt.</source>
        <translation>Språket blir bytt neste gong du startar Postvakt. / The language changes the next time you start Postvakt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Miljø</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg hvilke tjenester Postvakt skal snakke med. I Øving skjer alt i en lokal sandkasse med oppdiktede personer og virksomheter.</source>
        <translation>Vel kva tenester Postvakt skal snakke med. I Øving skjer alt i ei lokal sandkasse med oppdikta personar og verksemder.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sjekk oppsettet …</source>
        <translation>Sjekk oppsettet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekk at kommunens oppsett hos ID-porten, Altinn, Maskinporten og SvarUt virker i dette miljøet.</source>
        <translation>Sjekk at oppsettet til kommunen hos ID-porten, Altinn, Maskinporten og SvarUt verkar i dette miljøet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sandkassen kjører på denne maskinen: {url}</source>
        <translation>Sandkassa køyrer på denne maskina: {url}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bytte til produksjon?</source>
        <translation>Byte til produksjon?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I produksjon gjør Postvakt endringer i ekte tjenester (Altinn, SvarUt) for ekte virksomheter. Vil du bytte til produksjon?</source>
        <translation>I produksjon gjer Postvakt endringar i ekte tenester (Altinn, SvarUt) for ekte verksemder. Vil du byte til produksjon?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innlogging og nøkler</source>
        <translation>Innlogging og nøklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekker nøkkelringen …</source>
        <translation>Sjekkar nøkkelringen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sjekker …</source>
        <translation>Sjekkar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre …</source>
        <translation>Lagre …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre {name}</source>
        <translation>Lagre {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern {name}</source>
        <translation>Fjern {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passord og nøkler lagres bare i maskinens nøkkelring (Windows Legitimasjonsbehandling, macOS Nøkkelring eller Secret Service på Linux), aldri i filer eller logger.</source>
        <translation>Passord og nøklar blir berre lagra i nøkkelringen på maskina (Windows Legitimasjonsbehandling, macOS Nøkkelring eller Secret Service på Linux), aldri i filer eller loggar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nøkler uten miljø</source>
        <translation>Nøklar utan miljø</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De hører til {env}</source>
        <translation>Dei høyrer til {env}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fjern dem, jeg legger dem inn på nytt</source>
        <translation>Fjern dei, eg legg dei inn på nytt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postvakt lagrer nå passord og nøkler for Test og Produksjon hver for seg, så et produksjonspassord aldri sendes til en testtjeneste. Disse ble lagret av en eldre versjon og er ikke knyttet til noe miljø, så Postvakt bruker dem ikke før du sier hvor de hører til:
{names}

Er du usikker, fjern dem og legg inn verdiene på nytt for hvert miljø.</source>
        <translation>Postvakt lagrar no passord og nøklar for Test og Produksjon kvar for seg, så eit produksjonspassord aldri blir sendt til ei testteneste. Desse vart lagra av ein eldre versjon og er ikkje knytte til noko miljø, så Postvakt brukar dei ikkje før du seier kvar dei høyrer til:
{names}

Er du usikker, fjern dei og legg inn verdiane på nytt for kvart miljø.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Knytte nøklene til {env}?</source>
        <translation>Knyte nøklane til {env}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt bruker da de gamle nøklene bare i {env}. Er det nøkler fra {env}-integrasjonen og -klienten din?</source>
        <translation>Postvakt brukar då dei gamle nøklane berre i {env}. Er det nøklar frå {env}-integrasjonen og -klienten din?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ble ikke flyttet</source>
        <translation>Vart ikkje flytta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjerne de gamle nøklene?</source>
        <translation>Fjerne dei gamle nøklane?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne passord og nøkler som ikke er knyttet til noe miljø? Du legger dem inn på nytt for Test og Produksjon hver for seg.</source>
        <translation>Vil du fjerne passord og nøklar som ikkje er knytte til noko miljø? Du legg dei inn på nytt for Test og Produksjon kvar for seg.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Passord og nøkler for SvarUt og Maskinporten gjelder bare miljøet de er lagret i. Nå vises de for: {env}.</source>
        <translation>Passord og nøklar for SvarUt og Maskinporten gjeld berre miljøet dei er lagra i. No blir dei viste for: {env}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Øving bruker egne øvingsnøkler, så her trenger du ikke lagre noe.</source>
        <translation>Øving brukar eigne øvingsnøklar, så her treng du ikkje lagre noko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nøkkelringen er klar ({backend}).</source>
        <translation>Nøkkelringen er klar ({backend}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kan ikke lagres</source>
        <translation>Kan ikkje lagrast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukjent – lås opp nøkkelringen</source>
        <translation>Ukjent – lås opp nøkkelringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg den private nøkkelen (PEM)</source>
        <translation>Vel den private nøkkelen (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privat nøkkel (*.pem *.key);;Alle filer (*)</source>
        <translation>Privat nøkkel (*.pem *.key);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre i nøkkelringen</source>
        <translation>Lagre i nøkkelringen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Ble ikke lagret</source>
        <translation>Vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjerne fra nøkkelringen?</source>
        <translation>Fjerne frå nøkkelringen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du fjerne «{name}» fra nøkkelringen? Du må legge det inn igjen for å bruke tjenesten.</source>
        <translation>Vil du fjerne «{name}» frå nøkkelringen? Du må leggje det inn igjen for å bruke tenesta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SvarUt og Maskinporten</source>
        <translation>SvarUt og Maskinporten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trengs for å hente ny status fra SvarUt. Verdiene er ikke hemmelige; nøkkelen og integrasjonspassordet lagres i nøkkelringen ovenfor.</source>
        <translation>Trengst for å hente ny status frå SvarUt. Verdiane er ikkje hemmelege; nøkkelen og integrasjonspassordet blir lagra i nøkkelringen ovanfor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SvarUt konto-ID:</source>
        <translation>SvarUt konto-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fra Fiks forvaltning, for eksempel d6b23522-ddf3-462a-8140-16e59e1f476d</source>
        <translation>frå Fiks forvaltning, til dømes d6b23522-ddf3-462a-8140-16e59e1f476d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maskinporten klient-ID:</source>
        <translation>Maskinporten klient-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fra Samarbeidsportalen</source>
        <translation>frå Samarbeidsportalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nøkkel-ID (kid):</source>
        <translation>Nøkkel-ID (kid):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navnet på nøkkelen som er registrert på klienten</source>
        <translation>namnet på nøkkelen som er registrert på klienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virksomhetssertifikat:</source>
        <translation>Verksemdssertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bare hvis dere bruker sertifikat i stedet for kid: sti til PEM-filen</source>
        <translation>berre viss de brukar sertifikat i staden for kid: sti til PEM-fila</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Arbeidsflater</source>
        <translation>Arbeidsflater</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>En arbeidsflate per kommune. Alt lagres fortløpende på denne maskinen.</source>
        <translation>Éi arbeidsflate per kommune. Alt blir lagra fortløpande på denne maskina.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny arbeidsflate …</source>
        <translation>Ny arbeidsflate …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slett valgt arbeidsflate …</source>
        <translation>Slett vald arbeidsflate …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} (org.nr {orgnr})</source>
        <translation>{name} (org.nr. {orgnr})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>øvingsdata</source>
        <translation>øvingsdata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen arbeidsflater ennå.</source>
        <translation>Ingen arbeidsflater enno.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vil du slette øvingskommunen «{name}»? Den kommer ikke tilbake av seg selv.</source>
        <translation>Vil du slette øvingskommunen «{name}»? Han kjem ikkje tilbake av seg sjølv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vil du slette arbeidsflaten «{name}» med alt som er registrert i den? Loggen beholder oppføringene. Dette kan ikke angres.</source>
        <translation>Vil du slette arbeidsflata «{name}» med alt som er registrert i henne? Loggen held på oppføringane. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slette arbeidsflaten?</source>
        <translation>Slette arbeidsflata?</translation>
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
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ikke sjekket</source>
        <translation>Ikkje sjekka</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sjekk oppsettet</source>
        <translation>Sjekk oppsettet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sjekk</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva Postvakt fant</source>
        <translation>Kva Postvakt fann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvem du spør</source>
        <translation>Kven du spør</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kjør sjekken</source>
        <translation>Køyr sjekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt sjekken</source>
        <translation>Avbryt sjekken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sjekker det Postvakt trenger i {env} for {name} (org.nr {orgnr}).</source>
        <translation>Sjekkar det Postvakt treng i {env} for {name} (org.nr. {orgnr}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sjekker det Postvakt trenger i {env}. Velg kommunens arbeidsflate først for å sjekke at du kan representere den i Altinn.</source>
        <translation>Sjekkar det Postvakt treng i {env}. Vel arbeidsflata til kommunen først for å sjekke at du kan representere han i Altinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Du er ikke logget inn, så Altinn blir ikke sjekket: logg inn under Pålogging først for å sjekke alt.</source>
        <translation>Du er ikkje logga inn, så Altinn blir ikkje sjekka: logg inn under Pålogging først for å sjekke alt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sjekker …</source>
        <translation>Sjekkar …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Avbryter etter sjekken som pågår …</source>
        <translation>Stoppar etter sjekken som går no …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sjekken stoppet: {why}</source>
        <translation>Sjekken stoppa: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sjekket {when}</source>
        <translation>Sjekka {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{ok} ok, {failed} feil, {skipped} ikke sjekket.</source>
        <translation>{ok} ok, {failed} feil, {skipped} ikkje sjekka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Du avbrøt sjekken.</source>
        <translation>Du avbraut sjekken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt er klart.</source>
        <translation>Alt er klart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekken er skrevet i loggen.</source>
        <translation>Sjekken er skriven i loggen.</translation>
    </message>
</context>
<context>
    <name>shipment_events</name>
    <message>
        <location filename="../../desktop_app/views/shipments/events.py" line="+47"/>
        <source>Hendelser for forsendelsen</source>
        <translation>Hendingar for forsendinga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hendelsesloggen i SvarUt for forsendelse {id}</source>
        <translation>Hendingsloggen i SvarUt for forsending {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>Henter hendelsene fra SvarUt …</source>
        <translation>Hentar hendingane frå SvarUt …</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hendelser</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teksten i hver hendelse kommer fra SvarUt. Fødselsnumre vises bare med fødselsdatoen.</source>
        <translation>Teksten i kvar hending kjem frå SvarUt. Fødselsnummer blir berre viste med fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prøv igjen</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Øvingssandkassen kjører ikke ennå. Vent litt og trykk «Prøv igjen».</source>
        <translation>Øvingssandkassa køyrer ikkje enno. Vent litt og trykk «Prøv igjen».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 hendelse.</source>
        <translation>1 hending.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} hendelser, eldste først.</source>
        <translation>{n} hendingar, eldste først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SvarUt har ingen hendelser for denne forsendelsen.</source>
        <translation>SvarUt har ingen hendingar for denne forsendinga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hendelsene ble ikke hentet: {why}</source>
        <translation>Hendingane vart ikkje henta: {why}</translation>
    </message>
</context>
<context>
    <name>shipment_table</name>
    <message>
        <location filename="../../desktop_app/views/shipments/formatting.py" line="+40"/>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hastegrad</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alder (dager)</source>
        <translation>Alder (dagar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottaker</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org.nr</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekstern referanse</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taushetsbelagt</source>
        <translation>Teiepliktbelagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun digital</source>
        <translation>Berre digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forsendelse-ID</source>
        <translation>Forsending-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linje i filen</source>
        <translation>Linje i fila</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I faresonen</source>
        <translation>I faresona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan ikke vurderes</source>
        <translation>Kan ikkje vurderast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke i faresonen</source>
        <translation>Ikkje i faresona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SvarUt har tatt imot forsendelsen, men den er ikke sendt videre ennå.</source>
        <translation>SvarUt har teke imot forsendinga, men ho er ikkje send vidare enno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt har godtatt forsendelsen og holder på å sende den.</source>
        <translation>SvarUt har godteke forsendinga og held på å sende henne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt avviste forsendelsen. Den er aldri sendt til mottakeren.</source>
        <translation>SvarUt avviste forsendinga. Ho er aldri send til mottakaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noe gikk galt da SvarUt tok imot forsendelsen. Den er aldri sendt til mottakeren.</source>
        <translation>Noko gjekk gale då SvarUt tok imot forsendinga. Ho er aldri send til mottakaren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forsendelsen venter på at mottakerens fagsystem henter den.</source>
        <translation>Forsendinga ventar på at fagsystemet til mottakaren hentar henne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet ligger i mottakerens innboks i Altinn, og mottakeren er varslet. Ingen har åpnet det ennå.</source>
        <translation>Brevet ligg i innboksen til mottakaren i Altinn, og mottakaren er varsla. Ingen har opna det enno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noen hos mottakeren har åpnet brevet.</source>
        <translation>Nokon hos mottakaren har opna brevet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet ble levert digitalt, men ingen åpnet det før lesefristen gikk ut, og det blir ikke sendt på papir.</source>
        <translation>Brevet vart levert digitalt, men ingen opna det før lesefristen gjekk ut, og det blir ikkje sendt på papir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brevet er sendt til utskrift og kommer i vanlig post.</source>
        <translation>Brevet er sendt til utskrift og kjem i vanleg post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er skrevet ut og sendt i vanlig post.</source>
        <translation>Brevet er skrive ut og sendt i vanleg post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er sendt til en digital postkasse for innbyggere.</source>
        <translation>Brevet er sendt til ei digital postkasse for innbyggjarar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er levert i mottakerens digitale postkasse.</source>
        <translation>Brevet er levert i den digitale postkassa til mottakaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet kunne ikke leveres digitalt og blir ikke sendt på papir.</source>
        <translation>Brevet kunne ikkje leverast digitalt og blir ikkje sendt på papir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen i kommunen har avsluttet forsendelsen for hånd i SvarUt.</source>
        <translation>Nokon i kommunen har avslutta forsendinga for hand i SvarUt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forsendelsen er slettet i SvarUt.</source>
        <translation>Forsendinga er sletta i SvarUt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er sendt gjennom Norsk helsenett.</source>
        <translation>Brevet er sendt gjennom Norsk helsenett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brevet er levert gjennom Norsk helsenett.</source>
        <translation>Brevet er levert gjennom Norsk helsenett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt kjenner ikke statusen i filen, så den kan ikke forklares.</source>
        <translation>Postvakt kjenner ikkje statusen i fila, så han kan ikkje forklarast.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(mangler)</source>
        <translation>(manglar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/shipments/table.py" line="+86"/>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv for å søke i alle kolonner, for eksempel «varslet» eller et org.nr</source>
        <translation>Skriv for å søkje i alle kolonnar, til dømes «varsla» eller eit org.nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk i brevene</source>
        <translation>Søk i breva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis brev</source>
        <translation>Vis brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle brev</source>
        <translation>Alle brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bare: {verdict}</source>
        <translation>Berre: {verdict}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kolonner …</source>
        <translation>&amp;Kolonnar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hvilke kolonner som vises. Du kan også høyreklikke på overskriftene.</source>
        <translation>Vel kva kolonnar som blir viste. Du kan også høgreklikke på overskriftene.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brevene</source>
        <translation>Breva</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Om brevet</source>
        <translation>Om brevet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis &amp;hendelser</source>
        <translation>Vis &amp;hendingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hent hendelsesloggen for forsendelsen fra SvarUt.</source>
        <translation>Hent hendingsloggen for forsendinga frå SvarUt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopier forsendelse-ID</source>
        <translation>Kopier forsending-ID</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Ingen brev</source>
        <translation>Ingen brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} brev</source>
        <translation>{n} brev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viser {shown} av {total} brev</source>
        <translation>Viser {shown} av {total} brev</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kolonner</source>
        <translation>Kolonnar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Velg et brev i tabellen for å se alt om det.</source>
        <translation>Vel eit brev i tabellen for å sjå alt om det.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Person (fødselsnummeret vises ikke)</source>
        <translation>Person (fødselsnummeret blir ikkje vist)</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <location filename="../../desktop_app/views/signin_panel.py" line="+55"/>
        <source>daglig leder</source>
        <translation>dagleg leiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>styreleder</source>
        <translation>styreleiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hovedadministrator</source>
        <translation>hovudadministrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privatperson</source>
        <translation>privatperson</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>i dag kl. {time}</source>
        <translation>i dag kl. {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pålogging med ID-porten</source>
        <translation>Pålogging med ID-porten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logg inn med ID-porten</source>
        <translation>Logg inn med ID-porten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+383"/>
        <source>Avbryt innloggingen</source>
        <translation>Avbryt innlogginga</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Kopier innloggingsadressen</source>
        <translation>Kopier innloggingsadressa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvis nettleseren ikke åpnet seg: lim adressen inn i nettleseren selv.</source>
        <translation>Viss nettlesaren ikkje opna seg: lim adressa inn i nettlesaren sjølv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hent virksomhetene på nytt</source>
        <translation>Hent verksemdene på nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logg ut</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virksomheter du kan handle på vegne av (fra Altinn):</source>
        <translation>Verksemder du kan handle på vegner av (frå Altinn):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virksomheter du kan handle på vegne av</source>
        <translation>Verksemder du kan handle på vegner av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Org.nr.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Din rolle</source>
        <translation>Rolla di</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tilganger (scopes) Postvakt ber om:</source>
        <translation>Tilgangar (scopes) Postvakt ber om:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilganger (scopes) Postvakt ber om</source>
        <translation>Tilgangar (scopes) Postvakt ber om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardlisten (anbefalt)</source>
        <translation>Standardlista (tilrådd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kommunens ID-porten-klient må ha fått tildelt hver tilgang i Samarbeidsportalen. Klient-ID-en legges inn under «Innlogging og nøkler» nedenfor. La feltet stå tomt for å bruke Postvakts standardliste.</source>
        <translation>ID-porten-klienten til kommunen må ha fått tildelt kvar tilgang i Samarbeidsportalen. Klient-ID-en blir lagd inn under «Innlogging og nøklar» nedanfor. La feltet stå tomt for å bruke standardlista til Postvakt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ser etter en lagret innlogging …</source>
        <translation>Ser etter ei lagra innlogging …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Den lagrede innloggingen kunne ikke brukes: {why}</source>
        <translation>Den lagra innlogginga kunne ikkje brukast: {why}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Øving: innloggingen skjer i øvings-ID-porten på denne maskinen, uten nettleser. Du logges inn som den oppdiktede daglige lederen i Fjordvik kommune.</source>
        <translation>Øving: innlogginga skjer i øvings-ID-porten på denne maskina, utan nettlesar. Du blir logga inn som den oppdikta daglege leiaren i Fjordvik kommune.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test: nettleseren åpnes mot test-ID-porten. Logg inn med TestID og en syntetisk testperson fra Tenor. Kom tilbake hit når nettleseren sier «Ferdig i nettleseren».</source>
        <translation>Test: nettlesaren blir opna mot test-ID-porten. Logg inn med TestID og ein syntetisk testperson frå Tenor. Kom tilbake hit når nettlesaren seier «Ferdig i nettleseren».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nettleseren åpnes, og du logger inn med MinID, BankID, Buypass eller Commfides. Kom tilbake hit når nettleseren sier «Ferdig i nettleseren».</source>
        <translation>Nettlesaren blir opna, og du loggar inn med MinID, BankID, Buypass eller Commfides. Kom tilbake hit når nettlesaren seier «Ferdig i nettleseren».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Du er ikke logget inn.&lt;/b&gt; Logg inn for å se hvilke virksomheter du kan handle på vegne av i Altinn.</source>
        <translation>&lt;b&gt;Du er ikkje logga inn.&lt;/b&gt; Logg inn for å sjå kva verksemder du kan handle på vegner av i Altinn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Logget inn som {name}&lt;/b&gt; ({env}).</source>
        <translation>&lt;b&gt;Logga inn som {name}&lt;/b&gt; ({env}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangen fornyes av seg selv til {end}; da må du logge inn på nytt.</source>
        <translation>Tilgangen blir fornya av seg sjølv til {end}; då må du logge inn på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilgangen gjelder til {end} og fornyes av seg selv så lenge ID-porten tillater det.</source>
        <translation>Tilgangen gjeld til {end} og blir fornya av seg sjølv så lenge ID-porten tillèt det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Når tilgangen går ut, fornyer Postvakt den via ID-porten i nettleseren. Det du har fylt inn, beholdes.</source>
        <translation>Når tilgangen går ut, fornyar Postvakt han via ID-porten i nettlesaren. Det du har fylt inn, blir teke vare på.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Innloggingen huskes ikke til neste gang du starter Postvakt (ingen sikker nøkkelring på maskinen).</source>
        <translation>Innlogginga blir ikkje hugsa til neste gong du startar Postvakt (ingen sikker nøkkelring på maskina).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Virksomhetene kunne ikke hentes: {why}</source>
        <translation>Verksemdene kunne ikkje hentast: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen virksomheter: du kan bare handle for deg selv.</source>
        <translation>Ingen verksemder: du kan berre handle for deg sjølv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gjør klar innloggingen …</source>
        <translation>Gjer klar innlogginga …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nettleseren er åpnet. Logg inn der, og kom tilbake hit. Postvakt venter i inntil fem minutter.</source>
        <translation>Nettlesaren er opna. Logg inn der, og kom tilbake hit. Postvakt ventar i opptil fem minutt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fikk ikke åpnet nettleseren. Trykk «Kopier innloggingsadressen» og lim den inn i nettleseren.</source>
        <translation>Fekk ikkje opna nettlesaren. Trykk «Kopier innloggingsadressa» og lim ho inn i nettlesaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logger inn i øvings-ID-porten …</source>
        <translation>Loggar inn i øvings-ID-porten …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Innloggingen ble avbrutt. Du er ikke logget inn.</source>
        <translation>Innlogginga vart avbroten. Du er ikkje logga inn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adressen er kopiert. Lim den inn i nettleseren.</source>
        <translation>Adressa er kopiert. Lim ho inn i nettlesaren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Du er logget ut.</source>
        <translation>Du er logga ut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Henter virksomhetene …</source>
        <translation>Hentar verksemdene …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tilgangene er lagret. De brukes neste gang du logger inn.</source>
        <translation>Tilgangane er lagra. Dei blir brukte neste gong du loggar inn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logg inn i Altinn</source>
        <translation>Logg inn i Altinn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samme innlogging som under Innstillinger → Pålogging. Da kan Postvakt gjøre dette i Altinn for deg.</source>
        <translation>Same innlogging som under Innstillingar → Pålogging. Då kan Postvakt gjere dette i Altinn for deg.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logg inn under Innstillinger → Pålogging.</source>
        <translation>Logg inn under Innstillingar → Pålogging.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Øving</source>
        <translation>Øving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produksjon</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tilgangspakker</source>
        <translation>tilgangspakkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (bare underenheter)</source>
        <translation> (berre undereiningar)</translation>
    </message>
</context>
<context>
    <name>unopened_check</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/check_steps.py" line="+47"/>
        <source>Kommunen sender brev til virksomheter bare digitalt (1a). Brev som ingen åpner, blir aldri skrevet ut og sendt i posten. Det er sannsynlig at brev ligger uåpnet, og alle brevene i listen haster.</source>
        <translation>Kommunen sender brev til verksemder berre digitalt (1a). Brev som ingen opnar, blir aldri skrivne ut og sende i posten. Det er sannsynleg at brev ligg uopna, og alle breva i lista hastar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kommunen skriver ut brev som ikke åpnes digitalt (1b). De fleste brevene har da kommet fram på papir. Brev som ikke kunne leveres, og brev som fortsatt står som varslet etter {days} dager, bør likevel sjekkes.</source>
        <translation>Kommunen skriv ut brev som ikkje blir opna digitalt (1b). Dei fleste breva har då kome fram på papir. Brev som ikkje kunne leverast, og brev som framleis står som varsla etter {days} dagar, bør likevel sjekkast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Du vet ikke om kommunen skriver ut brev som ikke åpnes. Postvakt regner brevene som «bør sjekkes snart» til du vet. Sjekk innstillingen i SvarUt og kjør kontrollen på nytt.</source>
        <translation>Du veit ikkje om kommunen skriv ut brev som ikkje blir opna. Postvakt reknar breva som «bør sjekkast snart» til du veit. Sjekk innstillinga i SvarUt og køyr kontrollen på nytt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/check.py" line="+79"/>
        <source>Neste &gt;</source>
        <translation>Neste &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Tilbake</source>
        <translation>&lt; Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Brevene ble ikke sortert med de nye statusene</source>
        <translation>Breva vart ikkje sorterte med dei nye statusane</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Uåpnet post</source>
        <translation>Uopna post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finn taushetsbelagte brev fra kommunen som virksomheter aldri har åpnet i Altinn, og følg dem opp. Du kan kjøre kontrollen så ofte du vil; hver kjøring blir lagret.</source>
        <translation>Finn teiepliktbelagde brev frå kommunen som verksemder aldri har opna i Altinn, og følg dei opp. Du kan køyre kontrollen så ofte du vil; kvar køyring blir lagra.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Steg {n} av {total}</source>
        <translation>Steg {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/risk_page.py" line="+25"/>
        <source>Skriver SvarUt ut brev som ingen åpner?</source>
        <translation>Skriv SvarUt ut brev som ingen opnar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaret avgjør hvor mye det haster med brevene Postvakt finner.</source>
        <translation>Svaret avgjer kor mykje det hastar med breva Postvakt finn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kommunen sender brev til virksomheter gjennom SvarUt. De havner i virksomhetens innboks i Altinn. Taushetsbelagte brev kan bare leses av den som har fått tilgang til dem i Altinn, og mange virksomheter har ikke gitt noen den tilgangen. Da blir brevene liggende uåpnet. Bergen kommune fant 1 307 slike brev til 162 virksomheter i 2023.</source>
        <translation>Kommunen sender brev til verksemder gjennom SvarUt. Dei hamnar i innboksen til verksemda i Altinn. Teiepliktbelagde brev kan berre lesast av den som har fått tilgang til dei i Altinn, og mange verksemder har ikkje gitt nokon den tilgangen. Då blir breva liggjande uopna. Bergen kommune fann 1 307 slike brev til 162 verksemder i 2023.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hvor alvorlig det er, kommer an på én innstilling i SvarUt: Får virksomheter brevene bare digitalt, eller skrives brevet ut og sendes i posten når ingen åpner det? Innstillingen finner du i SvarUt på Fiks-plattformen. Spør den som administrerer SvarUt-kontoen hvis du ikke finner den.</source>
        <translation>Kor alvorleg det er, kjem an på éi innstilling i SvarUt: Får verksemder breva berre digitalt, eller blir brevet skrive ut og sendt i posten når ingen opnar det? Innstillinga finn du i SvarUt på Fiks-plattforma. Spør den som administrerer SvarUt-kontoen, viss du ikkje finn henne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1a: Bare digitalt</source>
        <translation>1a: Berre digitalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virksomheter får brevene bare i Altinn. Brev som ingen åpner, blir aldri skrevet ut.</source>
        <translation>Verksemder får breva berre i Altinn. Brev som ingen opnar, blir aldri skrivne ut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1b: Digitalt, og på papir hvis ingen åpner</source>
        <translation>1b: Digitalt, og på papir viss ingen opnar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvarUt skriver ut brevet og sender det i posten når det ikke er åpnet innen fristen.</source>
        <translation>SvarUt skriv ut brevet og sender det i posten når det ikkje er opna innan fristen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vet ikke ennå</source>
        <translation>Veit ikkje enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du kan gå videre og svare senere; kjør da kontrollen på nytt.</source>
        <translation>Du kan gå vidare og svare seinare; køyr då kontrollen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvordan er innstillingen hos dere?</source>
        <translation>Korleis er innstillinga hos dykk?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Velg eller lag en arbeidsflate først (øverst i vinduet).</source>
        <translation>Vel eller lag ei arbeidsflate først (øvst i vindauget).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tidligere kontroller kunne ikke leses</source>
        <translation>Tidlegare kontrollar kunne ikkje lesast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valgt ut fra forrige kontroll. Endre det hvis innstillingen er endret siden.</source>
        <translation>Vald ut frå førre kontroll. Endre det viss innstillinga er endra sidan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/import_page.py" line="+49"/>
        <source>Importer rapporten fra SvarUt</source>
        <translation>Importer rapporten frå SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg en fil som er eksportert fra SvarUt, eller lim inn forsendelse-ID-er.</source>
        <translation>Vel ei fil som er eksportert frå SvarUt, eller lim inn forsending-ID-ar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slik får du rapporten: Gå inn i Fiks-portalen og åpne SvarUt. Velg «avsender for meldinger», søk etter taushetsbelagt post som ikke er åpnet og lest, og hent resultatet ut som en rapport (Excel eller CSV). Filen kan ha norske eller engelske overskrifter.</source>
        <translation>Slik får du rapporten: Gå inn i Fiks-portalen og opne SvarUt. Vel «avsender for meldinger», søk etter teiepliktbelagd post som ikkje er opna og lesen, og hent resultatet ut som ein rapport (Excel eller CSV). Fila kan ha norske eller engelske overskrifter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg fil …</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prøv med eksempelfilen</source>
        <translation>Prøv med eksempelfila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kjør kontrollen på en oppdiktet eksport fra SvarUt for øvingskommunen Fjordvik. Finnes bare i Øving.</source>
        <translation>Køyr kontrollen på ein oppdikta eksport frå SvarUt for øvingskommunen Fjordvik. Finst berre i Øving.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Eller lim inn forsendelse-ID-er, én per linje</source>
        <translation>Eller lim inn forsending-ID-ar, éin per linje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forsendelse-ID-er</source>
        <translation>Forsending-ID-ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bruk ID-ene</source>
        <translation>Bruk ID-ane</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg kolonner …</source>
        <translation>Vel kolonnar …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lagre på nytt</source>
        <translation>Lagre på nytt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rader som ikke kunne leses</source>
        <translation>Rader som ikkje kunne lesast</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Velg eksporten fra SvarUt</source>
        <translation>Vel eksporten frå SvarUt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SvarUt-eksport (*.csv *.xlsx *.xls *.ods *.txt);;Alle filer (*)</source>
        <translation>SvarUt-eksport (*.csv *.xlsx *.xls *.ods *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Leser …</source>
        <translation>Les …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importen ble avbrutt. Ingenting er lagret; velg filen på nytt når du vil.</source>
        <translation>Importen vart avbroten. Ingenting er lagra; vel fila på nytt når du vil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postvakt fant ikke alle kolonnene den trenger i filen. Velg hvilken kolonne som er hva.</source>
        <translation>Postvakt fann ikkje alle kolonnane han treng i fila. Vel kva kolonne som er kva.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lest inn {n} forsendelser fra {name}.</source>
        <translation>Lese inn {n} forsendingar frå {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Én rad hadde feil; den er listet under. Resten er lest inn.</source>
        <translation>Éi rad hadde feil; ho er lista opp nedanfor. Resten er lese inn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} rader hadde feil; de er listet under. Resten er lest inn.</source>
        <translation>{n} rader hadde feil; dei er lista opp nedanfor. Resten er lese inn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linje {n}</source>
        <translation>Linje {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hele filen</source>
        <translation>Heile fila</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… og {n} til. Rett de første og importer på nytt.</source>
        <translation>… og {n} til. Rett dei første og importer på nytt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/result_page.py" line="+41"/>
        <source>Brev som ingen har åpnet</source>
        <translation>Brev som ingen har opna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taushetsbelagte brev til virksomheter, samlet per mottaker.</source>
        <translation>Teiepliktbelagde brev til verksemder, samla per mottakar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«I faresonen» betyr: brevet er taushetsbelagt, gikk til en virksomhet, og statusen i SvarUt viser at ingen har åpnet det (varslet, sendt digitalt eller ikke levert). Da har trolig ingen i virksomheten tilgang til å lese taushetsbelagt post i Altinn. Brev til personer er ikke med.</source>
        <translation>«I faresona» tyder: brevet er teiepliktbelagt, gjekk til ei verksemd, og statusen i SvarUt viser at ingen har opna det (varsla, sendt digitalt eller ikkje levert). Då har truleg ingen i verksemda tilgang til å lese teiepliktbelagd post i Altinn. Brev til personar er ikkje med.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Org.nr</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottaker</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Eldste sendt</source>
        <translation>Eldste sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager siden</source>
        <translation>Dagar sidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hastegrad</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virksomheter med uåpnede brev</source>
        <translation>Verksemder med uopna brev</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva det betyr, og hva du gjør</source>
        <translation>Kva det tyder, og kva du gjer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brev som ikke kan vurderes</source>
        <translation>Brev som ikkje kan vurderast</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sorterer brevene med statusene fra SvarUt …</source>
        <translation>Sorterer breva med statusane frå SvarUt …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ett uåpnet brev</source>
        <translation>Eitt uopna brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} uåpnede brev</source>
        <translation>{n} uopna brev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{letters} kan ikke knyttes til en mottaker, fordi filen ikke har et gyldig organisasjonsnummer for dem. Kontrollen kan derfor ikke si at alt er i orden. Velg kolonnen med organisasjonsnummeret (forrige steg) hvis filen har en, eller finn brevene i SvarUt.</source>
        <translation>{letters} kan ikkje knytast til ein mottakar, fordi fila ikkje har eit gyldig organisasjonsnummer for dei. Kontrollen kan derfor ikkje seie at alt er i orden. Vel kolonnen med organisasjonsnummeret (førre steg) viss fila har ein, eller finn breva i SvarUt.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>{n} brev til {m} virksomheter er i faresonen.</source>
        <translation>{n} brev til {m} verksemder er i faresona.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{n} brev til 1 virksomhet er i faresonen.</source>
        <translation>{n} brev til 1 verksemd er i faresona.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Ingen brev er funnet i faresonen, men {n} brev kan ikke vurderes. Se under hva du gjør.</source>
        <translation>Ingen brev er funne i faresona, men {n} brev kan ikkje vurderast. Sjå nedanfor kva du gjer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen taushetsbelagte brev til virksomheter ligger uåpnet i denne rapporten.</source>
        <translation>Ingen teiepliktbelagde brev til verksemder ligg uopna i denne rapporten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(navn mangler)</source>
        <translation>(namn manglar)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{n} brev kan ikke vurderes ut fra rapporten:</source>
        <translation>{n} brev kan ikkje vurderast ut frå rapporten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle brevene i rapporten kunne vurderes.</source>
        <translation>Alle breva i rapporten kunne vurderast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} brev er åpnet, skrevet ut, gikk til personer eller er ikke taushetsbelagt.</source>
        <translation>{n} brev er opna, skrivne ut, gjekk til personar eller er ikkje teiepliktbelagde.</translation>
    </message>
</context>
<context>
    <name>unopened_followup</name>
    <message>
        <location filename="../../desktop_app/wizards/unopened/followup.py" line="+59"/>
        <source>Følg opp virksomhetene</source>
        <translation>Følg opp verksemdene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Et utkast til melding for hver virksomhet. Send det, og noter hva som er gjort.</source>
        <translation>Eit utkast til melding for kvar verksemd. Send det, og noter kva som er gjort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meldingen sier hvor mange brev virksomheten har fått, når de ble sendt, og hvilken tilgang de må gi i Altinn. Den har ingen titler eller andre opplysninger fra brevene. Rapporten har ikke virksomhetens e-postadresse, så den fyller du inn selv.</source>
        <translation>Meldinga seier kor mange brev verksemda har fått, når dei vart sende, og kva tilgang dei må gi i Altinn. Ho har ingen titlar eller andre opplysningar frå breva. Rapporten har ikkje e-postadressa til verksemda, så henne fyller du inn sjølv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Virksomheter</source>
        <translation>Verksemder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Utkast til melding</source>
        <translation>Utkast til melding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopier teksten</source>
        <translation>Kopier teksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne som e-post</source>
        <translation>Opne som e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre som .eml …</source>
        <translation>Lagre som .eml …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oppfølging av denne virksomheten</source>
        <translation>Oppfølging av denne verksemda</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>For eksempel hvem du snakket med</source>
        <translation>Til dømes kven du snakka med</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location filename="../../desktop_app/wizards/unopened/own_inbox.py" line="+78"/>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Lagre oppfølging</source>
        <translation>Lagre oppfølging</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eksporter alle utkast for fletting (CSV) …</source>
        <translation>Eksporter alle utkast for fletting (CSV) …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Oppfølgingen kunne ikke leses</source>
        <translation>Oppfølginga kunne ikkje lesast</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}
{orgnr} · {n} brev · {status}</source>
        <translation>{name}
{orgnr} · {n} brev · {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ingen virksomheter å følge opp i denne rapporten.</source>
        <translation>Ingen verksemder å følgje opp i denne rapporten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emne: {subject}</source>
        <translation>Emne: {subject}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teksten er kopiert.</source>
        <translation>Teksten er kopiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fant ikke e-postprogrammet</source>
        <translation>Fann ikkje e-postprogrammet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postvakt fikk ikke åpnet et e-postprogram. Kopier teksten, eller lagre den som .eml og åpne filen.</source>
        <translation>Postvakt fekk ikkje opna eit e-postprogram. Kopier teksten, eller lagre han som .eml og opne fila.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lagre utkastet</source>
        <translation>Lagre utkastet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-post (*.eml)</source>
        <translation>E-post (*.eml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Utkastet er lagret i {path}.</source>
        <translation>Utkastet er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkastet ble ikke lagret</source>
        <translation>Utkastet vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eksporter utkastene</source>
        <translation>Eksporter utkasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel og fletting (*.csv)</source>
        <translation>CSV for Excel og fletting (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} utkast er lagret i {path}.</source>
        <translation>{n} utkast er lagra i {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkastene ble ikke lagret</source>
        <translation>Utkasta vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagret.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Oppfølgingen ble ikke lagret</source>
        <translation>Oppfølginga vart ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/wizards/unopened/own_inbox.py" line="-31"/>
        <source>Kommunens egen innkommende post</source>
        <translation>Den eigne innkomande posten til kommunen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sjekk i Altinn om kommunen selv har taushetsbelagte brev som ingen har åpnet.</source>
        <translation>Sjekk i Altinn om kommunen sjølv har teiepliktbelagde brev som ingen har opna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dette sjekker du selv i Altinn: logg inn på altinn.no, se i innboksen til hvert av kommunens organisasjonsnumre, og svar her for hvert av dem. Du ser de taushetsbelagte brevene bare hvis du har tilgang til taushetsbelagt post for nummeret; veiledningen under viser hvordan.</source>
        <translation>Dette sjekkar du sjølv i Altinn: logg inn på altinn.no, sjå i innboksen til kvart av organisasjonsnumra til kommunen, og svar her for kvart av dei. Du ser dei teiepliktbelagde breva berre viss du har tilgang til teiepliktbelagd post for nummeret; rettleiinga nedanfor viser korleis.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org.nr</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uåpnet taushetsbelagt post?</source>
        <translation>Uopna teiepliktbelagd post?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjekket</source>
        <translation>Sjekka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Svar for hvert organisasjonsnummer</source>
        <translation>Svar for kvart organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enhetene kunne ikke leses</source>
        <translation>Einingane kunne ikkje lesast</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Svar for {name}</source>
        <translation>Svar for {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sjekket dato for {name}</source>
        <translation>Sjekka dato for {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notat for {name}</source>
        <translation>Notat for {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre svaret for {name}</source>
        <translation>Lagre svaret for {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{done} av {total} organisasjonsnumre er sjekket.</source>
        <translation>{done} av {total} organisasjonsnummer er sjekka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} har uåpnet taushetsbelagt post: gi noen tilgang til å lese den, og åpne brevene.</source>
        <translation>{n} har uopna teiepliktbelagd post: gi nokon tilgang til å lese han, og opne breva.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Svaret ble ikke lagret</source>
        <translation>Svaret vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop_app/views/widgets.py" line="+21"/>
        <source>sidetittel</source>
        <translation>sidetittel</translation>
    </message>
</context>
</TS>
