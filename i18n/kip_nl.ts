<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="88"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a list of work types.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een lijst van soorten werk zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="124"/>
        <source>The rule file &apos;{source}&apos;: unknown work type &apos;{type}&apos; in &apos;{key}&apos;.</source>
        <translation>Het regelbestand '{source}': onbekende soort werk '{type}' in '{key}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="140"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a number of at least 0.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een getal van minstens 0 zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="146"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a whole number.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="159"/>
        <source>Cannot read the rule file &apos;{source}&apos;: {error}</source>
        <translation>Kan het regelbestand '{source}' niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="165"/>
        <source>The rule file &apos;{source}&apos; is not valid JSON: {error}</source>
        <translation>Het regelbestand '{source}' is geen geldige JSON: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="171"/>
        <source>The rule file &apos;{source}&apos; must hold a JSON object.</source>
        <translation>Het regelbestand '{source}' moet een JSON-object bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="66"/>
        <source>Road resurfacing</source>
        <translation>Nieuwe deklaag weg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="67"/>
        <source>Road reconstruction</source>
        <translation>Reconstructie weg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="68"/>
        <source>Sewer</source>
        <translation>Riolering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="69"/>
        <source>Water main</source>
        <translation>Waterleiding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="70"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="71"/>
        <source>Electricity</source>
        <translation>Elektriciteit</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="72"/>
        <source>Telecom</source>
        <translation>Telecom</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="73"/>
        <source>District heating</source>
        <translation>Warmtenet</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="74"/>
        <source>Street lighting</source>
        <translation>Openbare verlichting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="75"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="76"/>
        <source>Traffic measure</source>
        <translation>Verkeersmaatregel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="77"/>
        <source>Building project</source>
        <translation>Bouwproject</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="78"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="79"/>
        <source>Residents&apos; initiative</source>
        <translation>Bewonersinitiatief</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="80"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="252"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="252"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="86"/>
        <source>In preparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="87"/>
        <source>In execution</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_export.py" line="95"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="89"/>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="95"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="96"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="231"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="230"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="102"/>
        <source>Project budget</source>
        <translation>Projectgeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="103"/>
        <source>Maintenance budget</source>
        <translation>Beheergeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="107"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="108"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="109"/>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Work id</source>
        <translation>Werk-id</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="132"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="84"/>
        <source>Department or partner</source>
        <translation>Afdeling of partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="55"/>
        <source>Type of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Earliest start</source>
        <translation>Vroegste begin</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Latest end</source>
        <translation>Uiterste einde</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Excavation</source>
        <translation>Graafwerk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Road closure</source>
        <translation>Wegafsluiting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Disruption</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Budget type</source>
        <translation>Soort budget</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Updated at</source>
        <translation>Bijgewerkt op</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="44"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="43"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="45"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="46"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="222"/>
        <source>Digging after new paving</source>
        <translation>Graven na nieuwe bestrating</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="223"/>
        <source>Road closures at the same time</source>
        <translation>Gelijktijdige wegafsluitingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="160"/>
        <source>Event during works</source>
        <translation>Evenement tijdens werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="29"/>
        <source>Add department/partner</source>
        <translation>Afdeling/partner toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="35"/>
        <source>derived from the name</source>
        <translation>afgeleid van de naam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="165"/>
        <source>Give the department or partner a name.</source>
        <translation>Geef de afdeling of partner een naam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="158"/>
        <source>The code &apos;{code}&apos; is not valid: use lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>De code '{code}' is ongeldig: gebruik kleine letters, cijfers en '_', en begin met een letter.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="169"/>
        <source>A party with the code &apos;{code}&apos; exists already.</source>
        <translation>Er bestaat al een partij met de code '{code}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/project.py" line="19"/>
        <source>KIP</source>
        <translation>KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="57"/>
        <source>&amp;KIP</source>
        <translation>&amp;KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="66"/>
        <source>New KIP…</source>
        <translation>Nieuwe KIP…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="66"/>
        <source>Create a new, empty KIP store</source>
        <translation>Een nieuwe, lege KIP-opslag maken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="67"/>
        <source>Open KIP…</source>
        <translation>KIP openen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="67"/>
        <source>Open a KIP store and show its works</source>
        <translation>Een KIP-opslag openen en de werken tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="68"/>
        <source>Add department/partner…</source>
        <translation>Afdeling/partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="68"/>
        <source>Add a department or partner with its own layer</source>
        <translation>Een afdeling of partner met een eigen laag toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="169"/>
        <source>New KIP</source>
        <translation>Nieuwe KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="185"/>
        <source>KIP store (*.gpkg)</source>
        <translation>KIP-opslag (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="185"/>
        <source>Open KIP</source>
        <translation>KIP openen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="212"/>
        <source>The KIP &apos;{path}&apos; is write-protected; it is open read-only.</source>
        <translation>De KIP '{path}' is schrijfbeveiligd; hij is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="217"/>
        <source>Opened the KIP &apos;{path}&apos;.</source>
        <translation>De KIP '{path}' is geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="227"/>
        <source>Open or create a KIP first.</source>
        <translation>Open of maak eerst een KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="247"/>
        <source>Added &apos;{name}&apos;.</source>
        <translation>'{name}' is toegevoegd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/provider.py" line="21"/>
        <source>KIP: integrated planning of works in public space</source>
        <translation>KIP: integrale planning van werken in de openbare ruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="29"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="29"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="29"/>
        <source>Neighbourhoods</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="34"/>
        <source>Context</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="73"/>
        <source>Source: CBS, Kadaster</source>
        <translation>Bron: CBS, Kadaster</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="67"/>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>Het bestand '{path}' bestaat niet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="69"/>
        <source>The file &apos;{path}&apos; cannot be read.</source>
        <translation>Het bestand '{path}' kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="85"/>
        <source>The file &apos;{path}&apos; already exists; choose a new file name.</source>
        <translation>Het bestand '{path}' bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="90"/>
        <source>Cannot write in the folder &apos;{folder}&apos;.</source>
        <translation>Kan niet schrijven in de map '{folder}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="93"/>
        <source>The KIP store needs a projected CRS in metres; &apos;{crs}&apos; is not one.</source>
        <translation>De KIP-opslag heeft een geprojecteerd CRS in meters nodig; '{crs}' is dat niet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="118"/>
        <source>Cannot open the works of the KIP store &apos;{path}&apos;.</source>
        <translation>Kan de werken van de KIP-opslag '{path}' niet openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="132"/>
        <source>Cannot open the parties of the KIP store &apos;{path}&apos;.</source>
        <translation>Kan de partijen van de KIP-opslag '{path}' niet openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="156"/>
        <source>The KIP store &apos;{path}&apos; is read-only.</source>
        <translation>De KIP-opslag '{path}' is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="167"/>
        <source>Unknown kind of party: &apos;{kind}&apos;.</source>
        <translation>Onbekende soort partij: '{kind}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="179"/>
        <source>Could not add &apos;{code}&apos;: {error}</source>
        <translation>Kon '{code}' niet toevoegen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="59"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="218"/>
        <source>&apos;{path}&apos; is not a KIP store: it is not a GeoPackage.</source>
        <translation>'{path}' is geen KIP-opslag: het is geen GeoPackage.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="225"/>
        <source>&apos;{path}&apos; is not a KIP store: the table &apos;{table}&apos; is missing.</source>
        <translation>'{path}' is geen KIP-opslag: de tabel '{table}' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="235"/>
        <source>The KIP store &apos;{path}&apos; has schema version &apos;{version}&apos;; this version of KIP reads version {supported} and older.</source>
        <translation>De KIP-opslag '{path}' heeft schemaversie '{version}'; deze versie van KIP leest versie {supported} en ouder.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="245"/>
        <source>The KIP store &apos;{path}&apos;: the works table must hold polygons.</source>
        <translation>KIP-opslag '{path}': de tabel met werken moet vlakken bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="253"/>
        <source>The KIP store &apos;{path}&apos; has no valid CRS.</source>
        <translation>De KIP-opslag '{path}' heeft geen geldig CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="278"/>
        <source>The KIP store &apos;{path}&apos;: the table &apos;{table}&apos; has no field &apos;{field}&apos;.</source>
        <translation>KIP-opslag '{path}': de tabel '{table}' heeft geen veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="286"/>
        <source>The KIP store &apos;{path}&apos;: the field &apos;{field}&apos; of table &apos;{table}&apos; has type {actual}; expected {expected}.</source>
        <translation>KIP-opslag '{path}': het veld '{field}' van tabel '{table}' is van het type {actual}; verwacht is {expected}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="307"/>
        <source>Could not create the GeoPackage &apos;{path}&apos;.</source>
        <translation>Kon de GeoPackage '{path}' niet maken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="39"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="40"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="41"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="42"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="43"/>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="49"/>
        <source>The end date must not be before the start date.</source>
        <translation>De einddatum mag niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="59"/>
        <source>The earliest start must not be after the start date.</source>
        <translation>Het vroegste begin mag niet na de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="64"/>
        <source>The latest end must not be before the end date.</source>
        <translation>Het uiterste einde mag niet vóór de einddatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="68"/>
        <source>Every work needs a work id.</source>
        <translation>Elk werk heeft een werk-id nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="107"/>
        <source>Done or cancelled</source>
        <translation>Gereed of vervallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="125"/>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="137"/>
        <source>Could not store the style &apos;{name}&apos; in the KIP: {error}</source>
        <translation>Kon de stijl '{name}' niet in de KIP opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="149"/>
        <source>KIP: all works by party</source>
        <translation>KIP: alle werken per partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="153"/>
        <source>KIP: works of {name}</source>
        <translation>KIP: werken van {name}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="67"/>
        <source>&apos;{value}&apos; is not a valid date: there is no day {day} in month {month} of {year}.</source>
        <translation>'{value}' is geen geldige datum: maand {month} van {year} heeft geen dag {day}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="106"/>
        <source>&apos;{value}&apos; is not a valid time: {hour} AM/PM.</source>
        <translation>'{value}' is geen geldige tijd: {hour} AM/PM.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="115"/>
        <source>&apos;{value}&apos; is not a date: &apos;{name}&apos; is not a month name.</source>
        <translation>'{value}' is geen datum: '{name}' is geen naam van een maand.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="177"/>
        <source>&apos;{value}&apos; is not a date (write it e.g. as {examples}).</source>
        <translation>'{value}' is geen datum (schrijf bijvoorbeeld {examples}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="255"/>
        <source>The date format &apos;{format}&apos; needs a day (dd), a month (mm or mmmm) and a year (yyyy or yy).</source>
        <translation>Het datumformaat '{format}' heeft een dag (dd), een maand (mm of mmmm) en een jaar (yyyy of yy) nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="247"/>
        <source>The date format &apos;{format}&apos; uses &apos;{code}&apos;, which KIP does not know.</source>
        <translation>Het datumformaat '{format}' gebruikt '{code}', dat KIP niet kent.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="299"/>
        <source>&apos;{value}&apos; does not match the date format {formats}.</source>
        <translation>'{value}' past niet bij het datumformaat {formats}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="39"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>'{value}' is geen ja of nee.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="62"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>'{value}' is geen getal.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="116"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="125"/>
        <source>The work id is empty.</source>
        <translation>Het werk-id is leeg.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="144"/>
        <source>&apos;{value}&apos; is not a known value; map it to one of: {codes}.</source>
        <translation>'{value}' is geen bekende waarde; koppel het aan een van: {codes}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="166"/>
        <source>{field} is empty; every work needs one.</source>
        <translation>{field} is leeg; elk werk heeft dit nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="173"/>
        <source>The end date {end} lies before the start date {start}.</source>
        <translation>De einddatum {end} ligt vóór de begindatum {start}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="181"/>
        <source>The earliest start {earliest} lies after the start date {start}.</source>
        <translation>Het vroegste begin {earliest} ligt na de begindatum {start}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="188"/>
        <source>The latest end {latest} lies before the end date {end}.</source>
        <translation>Het uiterste einde {latest} ligt vóór de einddatum {end}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="85"/>
        <source>The saved mapping is not readable: {error}</source>
        <translation>De opgeslagen koppeling is niet leesbaar: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="118"/>
        <source>The mapping is not valid JSON: {error}</source>
        <translation>De koppeling is geen geldige JSON: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="127"/>
        <source>Line {line} of the mapping (&apos;{text}&apos;) is not of the form &apos;name = value&apos;.</source>
        <translation>Regel {line} van de koppeling ('{text}') heeft niet de vorm 'naam = waarde'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="140"/>
        <source>&apos;{name}&apos; is not a KIP field that an import can fill; use one of: {fields}.</source>
        <translation>'{name}' is geen KIP-veld dat een import kan vullen; gebruik een van: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="159"/>
        <source>The code value &apos;{value}&apos; = &apos;{code}&apos;: &apos;{code}&apos; is not a code of KIP (for example sewer, planned, high).</source>
        <translation>De codewaarde '{value}' = '{code}': '{code}' is geen code van KIP (bijvoorbeeld sewer, planned, high).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="167"/>
        <source>The code value &apos;{value}&apos; = &apos;{code}&apos;: &apos;{code}&apos; is not a code of the list {list}.</source>
        <translation>De codewaarde '{value}' = '{code}': '{code}' is geen code uit de lijst {list}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="179"/>
        <source>The width for &apos;{type}&apos;: that is not a work type of KIP ({types}).</source>
        <translation>De breedte voor '{type}': dat is geen soort werk van KIP ({types}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="188"/>
        <source>The width for &apos;{type}&apos; must be a positive number of metres, not &apos;{width}&apos;.</source>
        <translation>De breedte voor '{type}' moet een positief aantal meters zijn, niet '{width}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis.py" line="51"/>
        <source>; {n} works could not be used (see the KIP log)</source>
        <translation>; {n} werken konden niet worden gebruikt (zie het KIP-logboek)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="141"/>
        <source>Could not write &apos;{path}&apos;: {error}</source>
        <translation>Kon '{path}' niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis_task.py" line="21"/>
        <source>KIP: analysing combinations and conflicts</source>
        <translation>KIP: combinaties en conflicten analyseren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis_task.py" line="61"/>
        <source>The analysis was cancelled.</source>
        <translation>De analyse is afgebroken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="48"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="49"/>
        <source>dates</source>
        <translation>datums</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="50"/>
        <source>dates and times</source>
        <translation>datums en tijden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="51"/>
        <source>yes/no values</source>
        <translation>ja/nee-waarden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="52"/>
        <source>numbers</source>
        <translation>getallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="53"/>
        <source>whole numbers</source>
        <translation>gehele getallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="65"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos;; KIP needs the fields of its works schema.</source>
        <translation>De laag '{layer}' heeft geen veld '{field}'; KIP heeft de velden van zijn werkenschema nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="72"/>
        <source>The field &apos;{field}&apos; of layer &apos;{layer}&apos; has the type &apos;{type}&apos;; it must hold {expected}.</source>
        <translation>Het veld '{field}' van laag '{layer}' is van het type '{type}'; het moet {expected} bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="81"/>
        <source>Work &apos;{work}&apos; (feature {fid} of layer &apos;{layer}&apos;)</source>
        <translation>Werk '{work}' (object {fid} van laag '{layer}')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="82"/>
        <source>Feature {fid} of layer &apos;{layer}&apos;</source>
        <translation>Object {fid} van laag '{layer}'</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="122"/>
        <source>it has no geometry</source>
        <translation>het heeft geen geometrie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="133"/>
        <source>the field &apos;{field}&apos; is empty</source>
        <translation>het veld '{field}' is leeg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="130"/>
        <source>the field &apos;{field}&apos; holds &apos;{value}&apos;, which is not a date</source>
        <translation>het veld '{field}' bevat '{value}', en dat is geen datum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="135"/>
        <source>the end date {end} lies before the start date {start}</source>
        <translation>de einddatum {end} ligt vóór de begindatum {start}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="143"/>
        <source>the field &apos;{field}&apos; holds &apos;{value}&apos;, which is not one of its codes</source>
        <translation>het veld '{field}' bevat '{value}', en dat is geen van zijn codes</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="151"/>
        <source>its geometry is empty</source>
        <translation>de geometrie is leeg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="154"/>
        <source>its geometry is invalid ({reason})</source>
        <translation>de geometrie is ongeldig ({reason})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="168"/>
        <source>the work id is also used by feature {fid} of layer &apos;{layer}&apos;; only that one is used</source>
        <translation>het werk-id wordt ook gebruikt door object {fid} van laag '{layer}'; alleen dat object wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/checks.py" line="173"/>
        <source>{where}: {what}.</source>
        <translation>{where}: {what}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="35"/>
        <source>on {date}</source>
        <translation>op {date}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="36"/>
        <source>from {start} to {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="42"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="43"/>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="48"/>
        <source>in the same place</source>
        <translation>op dezelfde plek</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="49"/>
        <source>{n} m apart</source>
        <translation>{n} m uit elkaar</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="54"/>
        <source>right at</source>
        <translation>precies bij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="55"/>
        <source>{n} m from</source>
        <translation>op {n} m van</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="70"/>
        <source>{owner_b} digs for &apos;{title_b}&apos; {when}, {span} after &apos;{title_a}&apos; ({owner_a}) is finished on {end_a}: within the {years}-year no-dig period for new paving.</source>
        <translation>{owner_b} graaft voor '{title_b}' {when}, {span} nadat '{title_a}' ({owner_a}) op {end_a} klaar is: binnen het opbreekverbod van {years} jaar voor nieuwe bestrating.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="69"/>
        <source>from {date}</source>
        <translation>vanaf {date}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="74"/>
        <source>&apos;{title_a}&apos; ({owner_a}) and &apos;{title_b}&apos; ({owner_b}) both close a road, {apart}, at the same time: {when} ({span}). Their detours may run into each other.</source>
        <translation>'{title_a}' ({owner_a}) en '{title_b}' ({owner_b}) sluiten allebei een weg af, {apart}, in dezelfde tijd: {when} ({span}). Hun omleidingen kunnen elkaar in de weg zitten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="78"/>
        <source>The event &apos;{title_a}&apos; ({owner_a}) {when} takes place {where} &apos;{title_b}&apos; ({owner_b}), which causes {level} disruption at that time.</source>
        <translation>Het evenement '{title_a}' ({owner_a}) {when} vindt plaats {where} '{title_b}' ({owner_b}), dat op dat moment {level} hinder geeft.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="165"/>
        <source>{combinations} combinations saving {digs} digs; {conflicts} conflicts</source>
        <translation>{combinations} combinaties die {digs} keer graven besparen; {conflicts} conflicten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="94"/>
        <source>Choose at least one works layer.</source>
        <translation>Kies minstens één laag met werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="100"/>
        <source>The layer &apos;{layer}&apos; cannot be read.</source>
        <translation>De laag '{layer}' kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="105"/>
        <source>The input layers have different CRSs: &apos;{a}&apos; is in {crs_a}, &apos;{b}&apos; in {crs_b}. Save them in one CRS first.</source>
        <translation>De invoerlagen hebben verschillende CRS'en: '{a}' is in {crs_a}, '{b}' in {crs_b}. Sla ze eerst op in één CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="112"/>
        <source>The layer &apos;{layer}&apos; has no valid CRS.</source>
        <translation>De laag '{layer}' heeft geen geldig CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="231"/>
        <source>The layer &apos;{layer}&apos; holds no works.</source>
        <translation>De laag '{layer}' bevat geen werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="43"/>
        <source>KIP results</source>
        <translation>KIP-resultaten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="167"/>
        <source>Combinations</source>
        <translation>Combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="64"/>
        <source>Combinable pairs</source>
        <translation>Combineerbare paren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="64"/>
        <source>Works and their combination</source>
        <translation>Werken en hun combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="168"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="70"/>
        <source>{n} works</source>
        <translation>{n} werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="72"/>
        <source>{n} works or more</source>
        <translation>{n} werken of meer</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="74"/>
        <source>{low}–{high} works</source>
        <translation>{low}–{high} werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="100"/>
        <source>Can run together as planned</source>
        <translation>Kunnen samen zoals gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="100"/>
        <source>Can run together after a shift</source>
        <translation>Kunnen samen na verschuiven</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="123"/>
        <source>In a combination</source>
        <translation>In een combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="124"/>
        <source>Not combined</source>
        <translation>Niet gecombineerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="61"/>
        <source>Import plan</source>
        <translation>Planning importeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="70"/>
        <source>Plans (*.csv *.txt *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg);;All files (*)</source>
        <translation>Planningen (*.csv *.txt *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="82"/>
        <source>Delivery file</source>
        <translation>Aangeleverd bestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="83"/>
        <source>…or a layer of the project</source>
        <translation>…of een laag van het project</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="87"/>
        <source>Mapping: source field or expression for each KIP field</source>
        <translation>Koppeling: bronveld of expressie voor elk KIP-veld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="105"/>
        <source>empty: recognised automatically, e.g. dd-mm-yyyy; d mmmm yyyy</source>
        <translation>leeg: automatisch herkend, bijv. dd-mm-yyyy; d mmmm yyyy</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="107"/>
        <source>Riolering vervangen = sewer</source>
        <translation>Riolering vervangen = sewer</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="114"/>
        <source>sewer = 3</source>
        <translation>sewer = 3</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="108"/>
        <source>Append: add new works, update works with a known id</source>
        <translation>Toevoegen: nieuwe werken toevoegen, werken met een bekend id bijwerken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="108"/>
        <source>Replace: this delivery replaces the party&apos;s previous one</source>
        <translation>Vervangen: deze levering vervangt de vorige levering van de partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="119"/>
        <source>Mark works missing from the delivery as cancelled</source>
        <translation>Werken die in de levering ontbreken als vervallen markeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="105"/>
        <source>X / longitude column</source>
        <translation>Kolom X / lengtegraad</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="105"/>
        <source>Y / latitude column</source>
        <translation>Kolom Y / breedtegraad</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="105"/>
        <source>WKT column</source>
        <translation>WKT-kolom</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="123"/>
        <source>Date formats</source>
        <translation>Datumformaten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="92"/>
        <source>Code values</source>
        <translation>Codewaarden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="125"/>
        <source>Width around points</source>
        <translation>Breedte rond punten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="126"/>
        <source>Width along lines</source>
        <translation>Breedte langs lijnen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="127"/>
        <source>Widths per work type</source>
        <translation>Breedtes per soort werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="108"/>
        <source>Mode</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="143"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="202"/>
        <source>The mapping saved for this party uses fields this delivery does not have: {fields}. Choose other fields.</source>
        <translation>De opgeslagen koppeling voor deze partij gebruikt velden die deze levering niet heeft: {fields}. Kies andere velden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="125"/>
        <source>Choose the delivery to import.</source>
        <translation>Kies de levering die je wilt importeren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="124"/>
        <source>Rejected rows</source>
        <translation>Afgewezen rijen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="129"/>
        <source>Change report</source>
        <translation>Wijzigingsrapport</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_axis.py" line="82"/>
        <source>W{n}</source>
        <translation>W{n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="198"/>
        <source>Q{n}</source>
        <translation>K{n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="105"/>
        <source>KIP timeline</source>
        <translation>KIP-tijdlijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="85"/>
        <source>Group by</source>
        <translation>Groeperen op</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="155"/>
        <source>Department/partner</source>
        <translation>Afdeling/partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="253"/>
        <source>Combination</source>
        <translation>Combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="35"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="97"/>
        <source>The layer whose polygons are the districts</source>
        <translation>De laag waarvan de vlakken de wijken zijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="106"/>
        <source>Search works…</source>
        <translation>Werken zoeken…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="113"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="118"/>
        <source>Show or hide works by status and by department/partner</source>
        <translation>Werken tonen of verbergen per status en per afdeling/partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="120"/>
        <source>Map extent</source>
        <translation>Kaartbeeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="122"/>
        <source>Only works in the current map extent (follows the map)</source>
        <translation>Alleen werken in het huidige kaartbeeld (volgt de kaart)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="127"/>
        <source>Fit all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="128"/>
        <source>Show the whole period of the works shown</source>
        <translation>De hele periode van de getoonde werken tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="129"/>
        <source>Next 12 months</source>
        <translation>Komende 12 maanden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="135"/>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="136"/>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="139"/>
        <source>Export the timeline as it is shown</source>
        <translation>De tijdlijn exporteren zoals hij getoond wordt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="151"/>
        <source>No status</source>
        <translation>Geen status</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="163"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="240"/>
        <source>{shown} of {total} works</source>
        <translation>{shown} van {total} werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="242"/>
        <source>{n} need attention</source>
        <translation>{n} vragen aandacht</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="244"/>
        <source>No combinations found yet: run the analysis.</source>
        <translation>Nog geen combinaties gevonden: voer de analyse uit.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="246"/>
        <source>Editing: drag a bar to reschedule it within its flexibility.</source>
        <translation>Bewerken: sleep een balk om het werk binnen zijn speelruimte te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="262"/>
        <source>This work cannot be moved: switch on editing for its layer first.</source>
        <translation>Dit werk kan niet worden verplaatst: zet eerst bewerken aan voor zijn laag.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="279"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="279"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="280"/>
        <source>Export timeline</source>
        <translation>Tijdlijn exporteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="286"/>
        <source>Saved the timeline to &apos;{path}&apos;.</source>
        <translation>De tijdlijn is opgeslagen in '{path}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="290"/>
        <source>Could not write &apos;{path}&apos;.</source>
        <translation>Kon '{path}' niet schrijven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="252"/>
        <source>Flexibility</source>
        <translation>Speelruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="33"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="255"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_link.py" line="390"/>
        <source>Reschedule &apos;{title}&apos;</source>
        <translation>'{title}' verplaatsen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="335"/>
        <source>Not in a combination</source>
        <translation>Niet in een combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="337"/>
        <source>No district layer chosen</source>
        <translation>Geen wijkenlaag gekozen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="338"/>
        <source>Outside the districts</source>
        <translation>Buiten de wijken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="384"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="356"/>
        <source>Combination {id}</source>
        <translation>Combinatie {id}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="468"/>
        <source>No start date</source>
        <translation>Geen begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="470"/>
        <source>No end date</source>
        <translation>Geen einddatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="472"/>
        <source>End date before start date</source>
        <translation>Einddatum vóór begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="474"/>
        <source>No work area</source>
        <translation>Geen werkgebied</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="104"/>
        <source>Timeline: reading &apos;{path}&apos; the fast way failed ({error}).</source>
        <translation>Tijdlijn: '{path}' snel inlezen is mislukt ({error}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="350"/>
        <source>Combination {id}: {owners} (one dig instead of {digs})</source>
        <translation>Combinatie {id}: {owners} (één keer graven in plaats van {digs})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="354"/>
        <source>Combination {id}: {owners}</source>
        <translation>Combinatie {id}: {owners}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="19"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="27"/>
        <source>({n} days)</source>
        <translation>({n} dagen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="36"/>
        <source>none (the dates are fixed)</source>
        <translation>geen (de datums liggen vast)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="38"/>
        <source>{start} – {end} (up to {early} days earlier, {later} days later)</source>
        <translation>{start} – {end} (tot {early} dagen eerder, {later} dagen later)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="54"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="70"/>
        <source>Conflict: {kind} with &apos;{other}&apos;</source>
        <translation>Conflict: {kind} met '{other}'</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="81"/>
        <source>Needs attention: {reasons}</source>
        <translation>Vraagt aandacht: {reasons}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="214"/>
        <source>No works match the filters.</source>
        <translation>Geen werken voldoen aan de filters.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="282"/>
        <source>This work has no flexibility.</source>
        <translation>Dit werk heeft geen speelruimte.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="282"/>
        <source>Limit of the flexibility window.</source>
        <translation>Grens van de speelruimte.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="344"/>
        <source>Click to move the Temporal Controller here.</source>
        <translation>Klik om de tijdbesturing hierheen te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="354"/>
        <source>Zoom map to this work</source>
        <translation>Kaart naar dit werk zoomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="355"/>
        <source>Open the form of this work</source>
        <translation>Het formulier van dit werk openen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="357"/>
        <source>Expand all groups</source>
        <translation>Alle groepen uitvouwen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="358"/>
        <source>Collapse all groups</source>
        <translation>Alle groepen samenvouwen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2.py" line="153"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2.py" line="158"/>
        <source>The file is not valid XML (line {line}, column {column}): it is not a DATEX II publication.</source>
        <translation>Het bestand is geen geldige XML (regel {line}, kolom {column}): het is geen DATEX II-publicatie.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2.py" line="164"/>
        <source>The file is XML (&apos;{root}&apos;) but not a DATEX II situation publication: it holds no situations.</source>
        <translation>Het bestand is XML ('{root}') maar geen DATEX II-publicatie van situaties: het bevat geen situaties.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="154"/>
        <source>The row has no geometry (no location).</source>
        <translation>De rij heeft geen geometrie (geen locatie).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="120"/>
        <source>The source has no coordinate reference system; give one.</source>
        <translation>De bron heeft geen coördinatenstelsel; geef er een op.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="126"/>
        <source>The location cannot be converted to the KIP&apos;s coordinate system ({crs}).</source>
        <translation>De locatie kan niet worden omgezet naar het coördinatenstelsel van de KIP ({crs}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="146"/>
        <source>The area is invalid and cannot be repaired.</source>
        <translation>Het gebied is ongeldig en kan niet worden hersteld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="152"/>
        <source>The geometry is of a kind KIP cannot use as a work area.</source>
        <translation>De geometrie is van een soort die KIP niet als werkgebied kan gebruiken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="160"/>
        <source>The location has no area, even after buffering; check the widths.</source>
        <translation>De locatie heeft geen oppervlakte, ook niet na bufferen; controleer de breedtes.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="217"/>
        <source>The work id &apos;{id}&apos; appears more than once in the delivery (first in row {row}).</source>
        <translation>Het werk-id '{id}' komt meer dan eens voor in de levering (het eerst in rij {row}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="255"/>
        <source>The work id &apos;{id}&apos; belongs to a work of &apos;{owner}&apos; in the KIP; give this party&apos;s works their own ids (or an id prefix).</source>
        <translation>Het werk-id '{id}' hoort in de KIP bij een werk van '{owner}'; geef de werken van deze partij eigen id's (of een id-voorvoegsel).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="313"/>
        <source>Could not update a work in the KIP: {error}</source>
        <translation>Kon een werk in de KIP niet bijwerken: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="315"/>
        <source>Could not update a work area in the KIP: {error}</source>
        <translation>Kon een werkgebied in de KIP niet bijwerken: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="320"/>
        <source>Could not cancel a work in the KIP: {error}</source>
        <translation>Kon een werk in de KIP niet op vervallen zetten: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="330"/>
        <source>Could not add the work &apos;{id}&apos; to the KIP: {error}</source>
        <translation>Kon het werk '{id}' niet aan de KIP toevoegen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="67"/>
        <source>The mapping uses fields that this source does not have: {missing}. The source has the fields: {fields}. Adjust the mapping (a saved mapping may be from an older delivery).</source>
        <translation>De koppeling gebruikt velden die deze bron niet heeft: {missing}. De bron heeft de velden: {fields}. Pas de koppeling aan (een opgeslagen koppeling kan van een oudere levering zijn).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="90"/>
        <source>The row has no coordinates.</source>
        <translation>De rij heeft geen coördinaten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="96"/>
        <source>The coordinates &apos;{x}&apos;, &apos;{y}&apos; are not numbers.</source>
        <translation>De coördinaten '{x}', '{y}' zijn geen getallen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="104"/>
        <source>The row has no geometry (its WKT field is empty).</source>
        <translation>De rij heeft geen geometrie (het WKT-veld is leeg).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="107"/>
        <source>&apos;{wkt}&apos; is not a geometry in WKT.</source>
        <translation>'{wkt}' is geen geometrie in WKT.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="134"/>
        <source>The expression for {field} failed: {error}</source>
        <translation>De expressie voor {field} is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="151"/>
        <source>No location: the table has no geometry and no coordinate columns (x/y, lon/lat) or WKT column; name them in the mapping.</source>
        <translation>Geen locatie: de tabel heeft geen geometrie en geen coördinaatkolommen (x/y, lon/lat) of WKT-kolom; geef ze op in de koppeling.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="164"/>
        <source>&apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>'{crs}' is geen coördinatenstelsel dat QGIS kent.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="177"/>
        <source>KIP cannot tell the coordinate system of the coordinates (they are neither longitude/latitude nor Dutch RD metres); give it as the source CRS.</source>
        <translation>KIP kan het coördinatenstelsel van de coördinaten niet bepalen (het zijn geen lengte-/breedtegraden en geen RD-meters); geef het op als CRS van de bron.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="102"/>
        <source>{rows} rows read: {imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{rows} rijen gelezen: {imported} geïmporteerd, {updated} bijgewerkt, {unchanged} ongewijzigd, {rejected} afgewezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="109"/>
        <source>{n} works moved in time ({later} later, {earlier} earlier; on average {days} days).</source>
        <translation>{n} werken zijn in de tijd verschoven ({later} later, {earlier} eerder; gemiddeld {days} dagen).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="115"/>
        <source>{n} works changed otherwise (scope, type, area or details).</source>
        <translation>{n} werken zijn op een andere manier gewijzigd (omvang, soort, gebied of details).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="117"/>
        <source>{n} cancelled works are planned again.</source>
        <translation>{n} vervallen werken zijn weer gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="120"/>
        <source>{n} works are no longer in the delivery; they are marked cancelled.</source>
        <translation>{n} werken staan niet meer in de levering; ze zijn op vervallen gezet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="122"/>
        <source>{n} works are no longer in the delivery; they were left as they were.</source>
        <translation>{n} werken staan niet meer in de levering; ze zijn gelaten zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="124"/>
        <source>{n} invalid work areas were repaired.</source>
        <translation>{n} ongeldige werkgebieden zijn hersteld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="128"/>
        <source>Unknown values of {field}: {values}. Map them under code values.</source>
        <translation>Onbekende waarden van {field}: {values}. Koppel ze bij de codewaarden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="134"/>
        <source>Recognised by a keyword (check them): {values}.</source>
        <translation>Herkend aan een trefwoord (controleer ze): {values}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="59"/>
        <source>a ZIP archive or an Excel/OpenDocument spreadsheet</source>
        <translation>een ZIP-archief of een Excel-/OpenDocument-spreadsheet</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="60"/>
        <source>an old Excel (.xls) or other Office file</source>
        <translation>een oud Excel-bestand (.xls) of ander Office-bestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="61"/>
        <source>a PDF document</source>
        <translation>een PDF-document</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="62"/>
        <source>a GeoPackage or SQLite database</source>
        <translation>een GeoPackage- of SQLite-database</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="63"/>
        <source>an XML or HTML document</source>
        <translation>een XML- of HTML-document</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="64"/>
        <source>a JSON document</source>
        <translation>een JSON-document</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="65"/>
        <source>a binary file</source>
        <translation>een binair bestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="66"/>
        <source>a text file</source>
        <translation>een tekstbestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="142"/>
        <source>The file &apos;{path}&apos; is empty.</source>
        <translation>Het bestand '{path}' is leeg.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="148"/>
        <source>The file &apos;{path}&apos; is called {extension} but is not one: it looks like {kind}. Save it in the right format or give it the right extension.</source>
        <translation>Het bestand '{path}' heet {extension} maar is dat niet: het lijkt op {kind}. Sla het op in het juiste formaat of geef het de juiste extensie.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="166"/>
        <source>The file &apos;{path}&apos; holds several layers ({layers}); choose one, e.g. &apos;{path}|layername={first}&apos;.</source>
        <translation>Het bestand '{path}' bevat meerdere lagen ({layers}); kies er een, bijv. '{path}|layername={first}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="174"/>
        <source>QGIS cannot read &apos;{path}&apos; as a table or map layer (it looks like {kind}). Deliver a CSV, XLSX, shapefile, GeoJSON or GeoPackage.</source>
        <translation>QGIS kan '{path}' niet lezen als tabel of kaartlaag (het lijkt op {kind}). Lever een CSV, XLSX, shapefile, GeoJSON of GeoPackage aan.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="37"/>
        <source>The district layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Its fields are: {fields}.</source>
        <translation>De wijkenlaag '{layer}' heeft geen veld '{field}'. De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/atlas.py" line="88"/>
        <source>District {fid}</source>
        <translation>Wijk {fid}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/atlas.py" line="91"/>
        <source>District &apos;{name}&apos; is left out: it has no shape.</source>
        <translation>Wijk '{name}' is weggelaten: hij heeft geen vorm.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/atlas.py" line="95"/>
        <source>The district layer &apos;{layer}&apos; has no districts.</source>
        <translation>De wijkenlaag '{layer}' bevat geen wijken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="71"/>
        <source>Cannot read the layout template &apos;{path}&apos;: {error}</source>
        <translation>Kan het opmaaksjabloon '{path}' niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="73"/>
        <source>The layout template &apos;{path}&apos; is not a QGIS layout template.</source>
        <translation>Het opmaaksjabloon '{path}' is geen QGIS-opmaaksjabloon.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="78"/>
        <source>The layout template &apos;{path}&apos; could not be loaded.</source>
        <translation>Het opmaaksjabloon '{path}' kon niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="81"/>
        <source>The layout template &apos;{path}&apos; lacks the items {ids}; start from KIP&apos;s council map template.</source>
        <translation>Het opmaaksjabloon '{path}' mist de onderdelen {ids}; begin met het raadskaartsjabloon van KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="154"/>
        <source>Period: {period}   ·   Date: {date}</source>
        <translation>Periode: {period}   ·   Datum: {date}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="158"/>
        <source>Works in this period</source>
        <translation>Werken in deze periode</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="159"/>
        <source>Digs saved by combining</source>
        <translation>Keren graven bespaard door combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="160"/>
        <source>Combinations (not analysed)</source>
        <translation>Combinaties (niet geanalyseerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="161"/>
        <source>Digs saved (not analysed)</source>
        <translation>Keren graven bespaard (niet geanalyseerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="161"/>
        <source>Conflicts (not analysed)</source>
        <translation>Conflicten (niet geanalyseerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="168"/>
        <source>No works planned in this period in: {names}.</source>
        <translation>Geen werken gepland in deze periode in: {names}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="170"/>
        <source>{title} · {date} · made with KIP · page {page} of {pages}</source>
        <translation>{title} · {date} · gemaakt met KIP · pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="185"/>
        <source>Timeline by department or partner</source>
        <translation>Tijdlijn per afdeling of partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="186"/>
        <source>Works in this district</source>
        <translation>Werken in deze wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="212"/>
        <source>This district</source>
        <translation>Deze wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="213"/>
        <source>District boundary</source>
        <translation>Wijkgrens</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="225"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="267"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/common.py" line="73"/>
        <source>The period is empty: it ends ({end}) before it starts ({start}).</source>
        <translation>De periode is leeg: hij eindigt ({end}) voordat hij begint ({start}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/common.py" line="99"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="61"/>
        <source>Planned works in public space</source>
        <translation>Geplande werkzaamheden in de openbare ruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="98"/>
        <source>Reading the works…</source>
        <translation>De werken inlezen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="109"/>
        <source>Finding the works of each district…</source>
        <translation>De werken per wijk zoeken…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="128"/>
        <source>Drawing the timelines…</source>
        <translation>De tijdlijnen tekenen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="177"/>
        <source>Outside the district</source>
        <translation>Buiten de wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="233"/>
        <source>Choose a file name for the PDF.</source>
        <translation>Kies een bestandsnaam voor de PDF.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="236"/>
        <source>&apos;{path}&apos; is a folder; choose a file name for the PDF.</source>
        <translation>'{path}' is een map; kies een bestandsnaam voor de PDF.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="245"/>
        <source>Cannot write the PDF &apos;{path}&apos;: {reason}</source>
        <translation>Kan de PDF '{path}' niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="245"/>
        <source>write-protected</source>
        <translation>schrijfbeveiligd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="224"/>
        <source>Canceled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="272"/>
        <source>Could not export the council map to &apos;{path}&apos;: {error}</source>
        <translation>Kon de raadskaart niet exporteren naar '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="50"/>
        <source>Council map</source>
        <translation>Raadskaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="140"/>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="140"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="79"/>
        <source>Give districts without works a page saying so</source>
        <translation>Wijken zonder werken een pagina geven die dat meldt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="119"/>
        <source>District name field</source>
        <translation>Veld met de wijknaam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="87"/>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="88"/>
        <source>Period until</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="140"/>
        <source>Page size</source>
        <translation>Paginaformaat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/in_project.py" line="89"/>
        <source>Open a KIP first: the council map shows its works.</source>
        <translation>Open eerst een KIP: de raadskaart toont de werken ervan.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="139"/>
        <source>Added the print layout &apos;{name}&apos;: a cover and {pages} district pages. Adjust it here and export it from the layout designer.</source>
        <translation>De afdrukopmaak '{name}' is toegevoegd: een voorblad en {pages} wijkpagina's. Pas hem hier aan en exporteer hem vanuit de opmaakontwerper.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/in_project.py" line="90"/>
        <source>Council map {date}</source>
        <translation>Raadskaart {date}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="98"/>
        <source>Could not build the council map&apos;s layer &apos;{name}&apos;: {error}</source>
        <translation>Kon de laag '{name}' van de raadskaart niet maken: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="119"/>
        <source>Works by party</source>
        <translation>Werken per partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="158"/>
        <source>Dig after paving</source>
        <translation>Graven na bestraten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="159"/>
        <source>Closures at once</source>
        <translation>Gelijktijdige afsluitingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="199"/>
        <source>{a} / {b}</source>
        <translation>{a} / {b}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="206"/>
        <source>Works: {n}</source>
        <translation>Werken: {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="208"/>
        <source>Combinations: {n}</source>
        <translation>Combinaties: {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="210"/>
        <source>Conflicts: {n}</source>
        <translation>Conflicten: {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="245"/>
        <source>District pages</source>
        <translation>Wijkpagina's</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="287"/>
        <source>Could not write the council map&apos;s data to &apos;{path}&apos;: {error}</source>
        <translation>Kon de gegevens van de raadskaart niet schrijven naar '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="87"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="114"/>
        <source>No works planned in this period.</source>
        <translation>Geen werken gepland in deze periode.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="95"/>
        <source>The {what} layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Its fields are: {fields}.</source>
        <translation>De laag met {what} '{layer}' heeft geen veld '{field}'. De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="147"/>
        <source>works</source>
        <translation>werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="159"/>
        <source>feature {fid}</source>
        <translation>object {fid}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="161"/>
        <source>Work &apos;{work}&apos; of &apos;{layer}&apos; is left out: its start or end date is missing, or it ends before it starts.</source>
        <translation>Werk '{work}' van '{layer}' is weggelaten: de begin- of einddatum ontbreekt, of het eindigt voordat het begint.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="167"/>
        <source>A work of &apos;{layer}&apos; ({work}) is left out: it has no work id.</source>
        <translation>Een werk van '{layer}' ({work}) is weggelaten: het heeft geen werk-id.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="173"/>
        <source>Work &apos;{work}&apos; of &apos;{layer}&apos; is left out: it has no geometry.</source>
        <translation>Werk '{work}' van '{layer}' is weggelaten: het heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="200"/>
        <source>combinations</source>
        <translation>combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="229"/>
        <source>conflicts</source>
        <translation>conflicten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="25"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="26"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="31"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="34"/>
        <source>Between the works</source>
        <translation>Tussen de werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="166"/>
        <source>Works</source>
        <translation>Werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="39"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="123"/>
        <source>No conflicts in this district.</source>
        <translation>Geen conflicten in deze wijk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="125"/>
        <source>Conflicts were not analysed for this map.</source>
        <translation>Voor deze kaart zijn de conflicten niet geanalyseerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="71"/>
        <source>Import plan…</source>
        <translation>Planning importeren…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="71"/>
        <source>Import a department&apos;s or partner&apos;s plan into the KIP</source>
        <translation>De planning van een afdeling of partner in de KIP importeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="74"/>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="74"/>
        <source>Find combinable works and conflicts in the open KIP</source>
        <translation>Combineerbare werken en conflicten in de open KIP zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="75"/>
        <source>Council map…</source>
        <translation>Raadskaart…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="75"/>
        <source>Add a print layout with a cover and a page per district</source>
        <translation>Een afdrukopmaak met een voorblad en een pagina per wijk toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="104"/>
        <source>Show or hide the timeline of all works</source>
        <translation>De tijdlijn van alle werken tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="63"/>
        <source>Detection</source>
        <translation>Detectie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="98"/>
        <source>Works layers</source>
        <translation>Lagen met werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="101"/>
        <source>Rule file (empty: the rules shipped with KIP)</source>
        <translation>Regelbestand (leeg: de regels die bij KIP horen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="101"/>
        <source>KIP rule file (*.json)</source>
        <translation>KIP-regelbestand (*.json)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="190"/>
        <source>read directly with GDAL</source>
        <translation>direct met GDAL gelezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="190"/>
        <source>read through QGIS</source>
        <translation>via QGIS gelezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="191"/>
        <source>Layer &apos;{layer}&apos;: {how}.</source>
        <translation>Laag '{layer}': {how}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="193"/>
        <source>The works are in {source}, which is not in metres; distances are measured in {crs} ({name}).</source>
        <translation>De werken staan in {source}, dat niet in meters is; afstanden worden gemeten in {crs} ({name}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="199"/>
        <source>Distances are measured in {crs} ({name}).</source>
        <translation>Afstanden worden gemeten in {crs} ({name}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="207"/>
        <source>… and {n} more.</source>
        <translation>… en nog {n}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/base.py" line="208"/>
        <source>{total} works read: {analysed} analysed, {inactive} done or cancelled and left out, {unusable} could not be used.</source>
        <translation>{total} werken gelezen: {analysed} geanalyseerd, {inactive} gereed of vervallen en weggelaten, {unusable} konden niet worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="36"/>
        <source>Detect combinable works</source>
        <translation>Combineerbare werken zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="39"/>
        <source>Finds works that can be done together: one dig, one disruption, shared costs.

Two works form a combinable pair when they lie at most DISTANCE metres apart, their windows (earliest start to latest end, or the planned dates) are at most TIME_GAP days apart, they belong to different departments or partners (unless INCLUDE_SAME_OWNER), and the rule file lets their types combine (an event combines with nothing). Works that are done or cancelled take no part.

Pairs are grouped into combinations: works linked by pairs whose windows share at least one day, so that the whole group can be carried out together. A combination reports the days all its works can run together, the digs it saves and the days of disruption it saves.

Works that cannot be used (no dates, end before start, no geometry, duplicate ids...) are listed in the log with the reason.</source>
        <translation>Zoekt werken die samen kunnen worden uitgevoerd: één keer graven, één keer hinder, gedeelde kosten.

Twee werken vormen een combineerbaar paar als ze hoogstens DISTANCE meter uit elkaar liggen, hun tijdvensters (vroegste begin tot uiterste einde, of de geplande datums) hoogstens TIME_GAP dagen uit elkaar liggen, ze bij verschillende afdelingen of partners horen (tenzij INCLUDE_SAME_OWNER) en het regelbestand hun soorten laat combineren (een evenement combineert met niets). Werken die gereed of vervallen zijn doen niet mee.

Paren worden samengevoegd tot combinaties: werken verbonden door paren waarvan de tijdvensters minstens één dag gemeen hebben, zodat de hele groep samen kan worden uitgevoerd. Een combinatie meldt de dagen waarop al haar werken samen kunnen, de keren graven die ze bespaart en de dagen hinder die ze bespaart.

Werken die niet kunnen worden gebruikt (geen datums, einde vóór begin, geen geometrie, dubbele id's...) worden met de reden in het logboek vermeld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="60"/>
        <source>Maximum distance between works (m)</source>
        <translation>Grootste afstand tussen werken (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="61"/>
        <source>Maximum time between the windows of works (days)</source>
        <translation>Grootste tijd tussen de tijdvensters van werken (dagen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="62"/>
        <source>Also combine works of the same department or partner</source>
        <translation>Ook werken van dezelfde afdeling of partner combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="70"/>
        <source>Number of combinations</source>
        <translation>Aantal combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="71"/>
        <source>Number of combinable pairs</source>
        <translation>Aantal combineerbare paren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="72"/>
        <source>Digs saved</source>
        <translation>Keren graven bespaard</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="66"/>
        <source>Works that could not be used</source>
        <translation>Werken die niet konden worden gebruikt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="87"/>
        <source>{pairs} combinable pairs, {clusters} combinations saving {digs} digs.</source>
        <translation>{pairs} combineerbare paren, {clusters} combinaties die {digs} keer graven besparen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="30"/>
        <source>Detect conflicting works</source>
        <translation>Conflicterende werken zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="56"/>
        <source>Maximum distance for digging after paving (m)</source>
        <translation>Grootste afstand voor graven na bestraten (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="57"/>
        <source>No digging after new paving for (years)</source>
        <translation>Opbreekverbod na nieuwe bestrating (jaar)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="58"/>
        <source>Maximum distance between road closures (m)</source>
        <translation>Grootste afstand tussen wegafsluitingen (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="59"/>
        <source>Maximum distance between an event and works (m)</source>
        <translation>Grootste afstand tussen een evenement en werken (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="65"/>
        <source>Number of conflicts</source>
        <translation>Aantal conflicten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="84"/>
        <source>{kind}: {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="64"/>
        <source>Export council map (PDF)</source>
        <translation>Raadskaart exporteren (PDF)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="67"/>
        <source>Council maps</source>
        <translation>Raadskaarten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="101"/>
        <source>Combinations (from &apos;Detect combinable works&apos;)</source>
        <translation>Combinaties (uit 'Combineerbare werken zoeken')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="107"/>
        <source>Conflicts (from &apos;Detect conflicts&apos;)</source>
        <translation>Conflicten (uit 'Conflicterende werken zoeken')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="125"/>
        <source>Period from (empty: today)</source>
        <translation>Periode vanaf (leeg: vandaag)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="125"/>
        <source>Period until (empty: 24 months after the start)</source>
        <translation>Periode tot en met (leeg: 24 maanden na het begin)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="133"/>
        <source>Districts without works in the period</source>
        <translation>Wijken zonder werken in de periode</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="133"/>
        <source>Skip them (they are named on the cover)</source>
        <translation>Overslaan (ze worden op het voorblad genoemd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="133"/>
        <source>Give them a page saying no works are planned</source>
        <translation>Een pagina geven die meldt dat er geen werken gepland zijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="151"/>
        <source>Context layers drawn under the works (e.g. neighbourhoods)</source>
        <translation>Achtergrondlagen onder de werken (bijv. buurten)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="155"/>
        <source>Layout template (a .qpt made from KIP&apos;s council map)</source>
        <translation>Opmaaksjabloon (een .qpt gemaakt van de raadskaart van KIP)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="162"/>
        <source>Council map (PDF)</source>
        <translation>Raadskaart (PDF)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="162"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="165"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="176"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>'{value}' is geen datum (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="221"/>
        <source>Writing {pages} pages…</source>
        <translation>{pages} pagina's schrijven…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="230"/>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>{pages} pagina's geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="65"/>
        <source>Export works for partners</source>
        <translation>Werken exporteren voor partners</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="68"/>
        <source>Writes the works of the KIP to a file for partners: GeoJSON (WGS 84, as the GeoJSON standard asks) or CSV (UTF-8 with BOM, geometry as WKT in the KIP&apos;s coordinate system, dates as yyyy-mm-dd). The file type follows the extension. PARTIES: codes separated by commas (empty: all). The file can be imported again with Import plan.</source>
        <translation>Schrijft de werken van de KIP naar een bestand voor partners: GeoJSON (WGS 84, zoals de GeoJSON-standaard vraagt) of CSV (UTF-8 met BOM, geometrie als WKT in het coördinatenstelsel van de KIP, datums als jjjj-mm-dd). Het soort bestand volgt uit de extensie. PARTIES: codes gescheiden door komma's (leeg: alle). Het bestand kan weer worden geïmporteerd met Planning importeren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="77"/>
        <source>Only these parties (codes)</source>
        <translation>Alleen deze partijen (codes)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="78"/>
        <source>Include cancelled works</source>
        <translation>Vervallen werken meenemen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="79"/>
        <source>CSV separator</source>
        <translation>Scheidingsteken CSV</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="79"/>
        <source>Semicolon (Dutch Excel)</source>
        <translation>Puntkomma (Nederlandse Excel)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="79"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="84"/>
        <source>Export file</source>
        <translation>Exportbestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="84"/>
        <source>GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoJSON (*.geojson);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="87"/>
        <source>Works exported</source>
        <translation>Werken geëxporteerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="95"/>
        <source>Choose a file ending in .geojson or .csv, not &apos;{name}&apos;.</source>
        <translation>Kies een bestand dat eindigt op .geojson of .csv, niet '{name}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="102"/>
        <source>Unknown parties: {codes}; this KIP has: {known}.</source>
        <translation>Onbekende partijen: {codes}; deze KIP heeft: {known}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="112"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/exportworks.py" line="142"/>
        <source>{n} works written to &apos;{path}&apos;.</source>
        <translation>{n} werken geschreven naar '{path}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="46"/>
        <source>Import and export</source>
        <translation>Importeren en exporteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="53"/>
        <source>KIP store (empty: the KIP open in this project)</source>
        <translation>KIP-opslag (leeg: de KIP die in dit project open is)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="68"/>
        <source>Give the KIP store (a .gpkg file), or open a KIP in this project first.</source>
        <translation>Geef de KIP-opslag op (een .gpkg-bestand), of open eerst een KIP in dit project.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="70"/>
        <source>The KIP store &apos;{path}&apos; is read-only; nothing was imported.</source>
        <translation>De KIP-opslag '{path}' is alleen-lezen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="79"/>
        <source>&apos;{code}&apos; is not a department or partner of this KIP; use one of: {codes} (or add it first).</source>
        <translation>'{code}' is geen afdeling of partner van deze KIP; gebruik een van: {codes} (of voeg hem eerst toe).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="104"/>
        <source>Department or partner (code)</source>
        <translation>Afdeling of partner (code)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="116"/>
        <source>Replace mode: mark works missing from the delivery as cancelled</source>
        <translation>Vervangen: werken die in de levering ontbreken op vervallen zetten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="134"/>
        <source>Rows read</source>
        <translation>Rijen gelezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="134"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="134"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="134"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="134"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="134"/>
        <source>No longer delivered</source>
        <translation>Niet meer aangeleverd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="140"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="151"/>
        <source>The import was cancelled; nothing was written to the KIP.</source>
        <translation>De import is afgebroken; er is niets in de KIP geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="153"/>
        <source>Nothing was imported: {error}</source>
        <translation>Er is niets geïmporteerd: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="179"/>
        <source>Row {row}: {reason}</source>
        <translation>Rij {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="181"/>
        <source>… and {n} more rejected rows: see the rejected layer.</source>
        <translation>… en nog {n} afgewezen rijen: zie de laag met afgewezen rijen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="81"/>
        <source>Import road works (DATEX II)</source>
        <translation>Wegwerkzaamheden importeren (DATEX II)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="84"/>
        <source>Imports road-works situations from a DATEX II publication (version 3 or 2), the format of the Dutch national road-works platform.

Each situation record (or each situation, if you choose) becomes a work: its id, its period (overall start and end), its location (WGS 84 lines and points, buffered to work areas), whether it closes the road, and its disruption. Records located only by an Alert-C code, without coordinates, are rejected with the reason. With an extent, records outside it are rejected as outside the area.
OWNER: the party the road works belong to (add it first, e.g. &apos;rijkswaterstaat&apos;).</source>
        <translation>Importeert situaties van wegwerkzaamheden uit een DATEX II-publicatie (versie 3 of 2), het formaat van het landelijke platform voor wegwerkzaamheden.

Elk situatierecord (of elke situatie, als je dat kiest) wordt een werk: het id, de periode (algemeen begin en einde), de locatie (lijnen en punten in WGS 84, gebufferd tot werkgebieden), of de weg wordt afgesloten, en de hinder. Records die alleen met een Alert-C-code zijn gelokaliseerd, zonder coördinaten, worden met de reden afgewezen. Met een gebied worden records daarbuiten afgewezen als buiten het gebied.
OWNER: de partij waar de wegwerkzaamheden bij horen (voeg die eerst toe, bijv. 'rijkswaterstaat').</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="95"/>
        <source>DATEX II publication</source>
        <translation>DATEX II-publicatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="95"/>
        <source>DATEX II (*.xml);;All files (*)</source>
        <translation>DATEX II (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="103"/>
        <source>One work per</source>
        <translation>Eén werk per</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="103"/>
        <source>Situation record</source>
        <translation>Situatierecord</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="103"/>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="108"/>
        <source>Width of work areas along roads (m)</source>
        <translation>Breedte van werkgebieden langs wegen (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="99"/>
        <source>Width of work areas around points (m)</source>
        <translation>Breedte van werkgebieden rond punten (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="116"/>
        <source>Only records within</source>
        <translation>Alleen records binnen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="132"/>
        <source>&apos;{path}&apos;: {problem}</source>
        <translation>'{path}': {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="139"/>
        <source>The publication holds no situation records; nothing was imported.</source>
        <translation>De publicatie bevat geen situatierecords; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="140"/>
        <source>{n} records read.</source>
        <translation>{n} records gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="169"/>
        <source>The coordinates &apos;{text}&apos; cannot be read.</source>
        <translation>De coördinaten '{text}' kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="173"/>
        <source>The record gives its location only as Alert-C location code(s) {codes}, without coordinates; KIP cannot place it on the map.</source>
        <translation>Het record geeft zijn locatie alleen als Alert-C-locatiecode(s) {codes}, zonder coördinaten; KIP kan het niet op de kaart plaatsen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="180"/>
        <source>The record lies outside the chosen extent.</source>
        <translation>Het record ligt buiten het gekozen gebied.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importdatex2.py" line="182"/>
        <source>The record has no id.</source>
        <translation>Het record heeft geen id.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="64"/>
        <source>Imports the planned works of one department or partner into the KIP.

INPUT: a CSV (any encoding, &apos;,&apos; or &apos;;&apos;), XLSX, shapefile, GeoJSON or GeoPackage file, or the id of a layer in the project. Tables need coordinate columns (x/y or lon/lat) or a WKT column.
MAPPING: one line per KIP field, &apos;kip_field = source field or expression&apos; (or JSON). Empty: the mapping last saved for the party, else one guessed from the field names.
DATE_FORMATS: e.g. &apos;dd-mm-yyyy; d mmmm yyyy&apos; or &apos;MM/DD/YYYY hh:mm:ss AM&apos;; empty: recognised automatically.
CODE_VALUES: lines &apos;delivered value = code&apos;, e.g. &apos;Riolering vervangen = sewer&apos;.
Points and lines become work areas of the given width (metres), per work type if you like (&apos;sewer = 3&apos;).
MODE append adds new works and updates works with a known id; replace also reports works missing from the delivery and, if asked, marks them cancelled.
Rows that cannot be used go to the rejected layer with all their values and the reason. Nothing is written unless the whole import succeeds. STORE: the KIP GeoPackage (empty: the KIP of this project).</source>
        <translation>Importeert de geplande werken van één afdeling of partner in de KIP.

INPUT: een CSV- (elke codering, ',' of ';'), XLSX-, shapefile-, GeoJSON- of GeoPackage-bestand, of het id van een laag in het project. Tabellen hebben coördinaatkolommen (x/y of lon/lat) of een WKT-kolom nodig.
MAPPING: één regel per KIP-veld, 'kip_veld = bronveld of expressie' (of JSON). Leeg: de koppeling die het laatst voor de partij is opgeslagen, anders een koppeling geraden uit de veldnamen.
DATE_FORMATS: bijv. 'dd-mm-yyyy; d mmmm yyyy' of 'MM/DD/YYYY hh:mm:ss AM'; leeg: automatisch herkend.
CODE_VALUES: regels 'aangeleverde waarde = code', bijv. 'Riolering vervangen = sewer'.
Punten en lijnen worden werkgebieden met de opgegeven breedte (meters), desgewenst per soort werk ('sewer = 3').
MODE append voegt nieuwe werken toe en werkt werken met een bekend id bij; replace meldt ook werken die in de levering ontbreken en zet ze desgevraagd op vervallen.
Rijen die niet kunnen worden gebruikt gaan met al hun waarden en de reden naar de laag met afgewezen rijen. Er wordt niets geschreven tenzij de hele import slaagt. STORE: de KIP-GeoPackage (leeg: de KIP van dit project).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="81"/>
        <source>Delivery (file, or id of a project layer)</source>
        <translation>Levering (bestand, of id van een laag in het project)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="81"/>
        <source>Plans (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg *.kml *.gml);;All files (*)</source>
        <translation>Planningen (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg *.kml *.gml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="89"/>
        <source>Field mapping</source>
        <translation>Veldkoppeling</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="90"/>
        <source>Save the mapping for this party</source>
        <translation>De koppeling voor deze partij opslaan</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="91"/>
        <source>Date formats (empty: recognise)</source>
        <translation>Datumformaten (leeg: herkennen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="93"/>
        <source>Unknown code values</source>
        <translation>Onbekende codewaarden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="93"/>
        <source>Reject the row</source>
        <translation>De rij afwijzen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="93"/>
        <source>Use &apos;other&apos; / &apos;planned&apos; / empty</source>
        <translation>'overig' / 'gepland' / leeg gebruiken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="99"/>
        <source>Width of work areas along lines (m)</source>
        <translation>Breedte van werkgebieden langs lijnen (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="104"/>
        <source>Widths per work type (m)</source>
        <translation>Breedtes per soort werk (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="108"/>
        <source>CRS of the delivery (empty: the file&apos;s own)</source>
        <translation>CRS van de levering (leeg: dat van het bestand)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="109"/>
        <source>Work id prefix</source>
        <translation>Voorvoegsel werk-id</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="136"/>
        <source>Using the mapping saved for &apos;{owner}&apos;.</source>
        <translation>De opgeslagen koppeling voor '{owner}' wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="139"/>
        <source>No mapping given; recognised from the field names: {mapping}</source>
        <translation>Geen koppeling opgegeven; herkend aan de veldnamen: {mapping}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="185"/>
        <source>The mapping gives no source for {fields}; every work needs a start and an end date. The source has the fields: {available}.</source>
        <translation>De koppeling geeft geen bron voor {fields}; elk werk heeft een begin- en een einddatum nodig. De bron heeft de velden: {available}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="191"/>
        <source>Replace mode matches works on their id: map a source field to work_id.</source>
        <translation>Vervangen koppelt werken op hun id: koppel een bronveld aan work_id.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="195"/>
        <source>Reading {n} rows of &apos;{source}&apos;.</source>
        <translation>{n} rijen van '{source}' inlezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/importplan.py" line="198"/>
        <source>The delivery &apos;{source}&apos; has no rows; nothing was imported.</source>
        <translation>De levering '{source}' heeft geen rijen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="27"/>
        <source>The KIP store is read-only; nothing was imported.</source>
        <translation>De KIP-opslag is alleen-lezen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="34"/>
        <source>The KIP store cannot write in one transaction; nothing was imported.</source>
        <translation>De KIP-opslag kan niet in één transactie schrijven; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="38"/>
        <source>Could not start writing to the KIP store: {error}</source>
        <translation>Kon niet beginnen met schrijven naar de KIP-opslag: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="41"/>
        <source>The works of the KIP store cannot be edited.</source>
        <translation>De werken van de KIP-opslag kunnen niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="45"/>
        <source>Could not save the import in the KIP store: {error}</source>
        <translation>Kon de import niet in de KIP-opslag opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="137"/>
        <source>&apos;{title}&apos; ({owner})</source>
        <translation>'{title}' ({owner})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="140"/>
        <source>{n} more</source>
        <translation>{n} andere</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="142"/>
        <source>{n} works close roads near each other within an area of {area}: on {days} days from {start} to {end} two or more of them at once. Their detours may run into each other: {works}.</source>
        <translation>{n} werken sluiten dicht bij elkaar wegen af, binnen een gebied van {area}: op {days} dagen van {start} tot {end} twee of meer tegelijk. Hun omleidingen kunnen elkaar in de weg zitten: {works}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="158"/>
        <source>{w} × {h} km</source>
        <translation>{w} × {h} km</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/describe.py" line="160"/>
        <source>{w} × {h} m</source>
        <translation>{w} × {h} m</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="200"/>
        <source>{n} works: {titles}</source>
        <translation>{n} werken: {titles}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="33"/>
        <source>Finds works that get in each other&apos;s way; each conflict is a pair of works with a sentence explaining it.

Digging after new paving: a road is resurfaced or reconstructed, and within MORATORIUM_YEARS after it is finished a work at most DISTANCE metres away digs the street up again, while their windows do not allow doing both together.

Road closures at the same time: two works close roads at most CLOSURE_DISTANCE metres apart in overlapping periods. With GROUP_CLOSURES (the default) such works are grouped into closure clusters: works tied together by closures near each other at the same time. Each cluster is one conflict listing all its works (work_ids), from the first to the last day on which two or more of them close roads at once, drawn as an outline around them; it is serious (high) from three works or four weeks of closures at once. Without GROUP_CLOSURES every pair of such works is a conflict.

Event during works: an event takes place at most EVENT_DISTANCE metres from works causing medium or high disruption at that time.

Works that are done or cancelled take no part; works that cannot be used are listed in the log.</source>
        <translation>Zoekt werken die elkaar in de weg zitten; elk conflict is een paar werken met een zin die het uitlegt.

Graven na nieuwe bestrating: een weg krijgt een nieuwe deklaag of wordt gereconstrueerd, en binnen MORATORIUM_YEARS nadat dat klaar is graaft een werk op hoogstens DISTANCE meter afstand de straat weer open, terwijl hun tijdvensters niet toelaten beide samen te doen.

Gelijktijdige wegafsluitingen: twee werken sluiten wegen af die hoogstens CLOSURE_DISTANCE meter uit elkaar liggen, in overlappende perioden. Met GROUP_CLOSURES (standaard) worden zulke werken gegroepeerd tot afsluitingsclusters: werken die met elkaar verbonden zijn doordat ze tegelijk dicht bij elkaar wegen afsluiten. Elk cluster is één conflict met al zijn werken (work_ids), van de eerste tot de laatste dag waarop twee of meer ervan tegelijk wegen afsluiten, getekend als een omlijning eromheen; het is ernstig (hoog) vanaf drie werken of vier weken van gelijktijdige afsluitingen. Zonder GROUP_CLOSURES is elk paar van zulke werken een conflict.

Evenement tijdens werkzaamheden: een evenement vindt plaats op hoogstens EVENT_DISTANCE meter van werken die op dat moment middel of veel hinder geven.

Werken die gereed of vervallen zijn doen niet mee; werken die niet kunnen worden gebruikt worden in het logboek vermeld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="60"/>
        <source>Group road closures into closure clusters (one conflict each)</source>
        <translation>Wegafsluitingen groeperen tot afsluitingsclusters (één conflict per cluster)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="86"/>
        <source>(closure clusters of {n} works together)</source>
        <translation>(afsluitingsclusters van samen {n} werken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="85"/>
        <source>No KIP is open: open or create one from the KIP toolbar.</source>
        <translation>Er is geen KIP geopend: open of maak er een via de KIP-werkbalk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="236"/>
        <source>This KIP has no works yet: import a plan, or add works to a department&apos;s or partner&apos;s layer.</source>
        <translation>Deze KIP bevat nog geen werken: importeer een planning, of voeg werken toe aan de laag van een afdeling of partner.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="72"/>
        <source>Every work needs a title.</source>
        <translation>Elk werk heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="76"/>
        <source>Choose the type of work.</source>
        <translation>Kies het soort werk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="106"/>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/needs.py" line="22"/>
        <source>KIP's detection needs the Python package shapely 2, which is not installed; KIP › Install missing packages… installs it.</source>
        <translation>De detectie van KIP heeft het Python-pakket shapely 2 nodig, dat niet is geïnstalleerd; KIP › Ontbrekende pakketten installeren… installeert het.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/needs.py" line="28"/>
        <source>KIP's detection needs the Python package shapely 2; this QGIS has shapely {version}. KIP › Install missing packages… installs it.</source>
        <translation>De detectie van KIP heeft het Python-pakket shapely 2 nodig; deze QGIS heeft shapely {version}. KIP › Ontbrekende pakketten installeren… installeert het.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="198"/>
        <source>Background map</source>
        <translation>Achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/background_dialog.py" line="25"/>
        <source>The map drawn under the works on the map and in council maps.</source>
        <translation>De kaart die onder de werken wordt getekend, op de kaart en in raadskaarten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/background_dialog.py" line="26"/>
        <source>KIP&apos;s choice: the streets shipped with KIP where they cover the works, else the PDOK background map when there is an internet connection</source>
        <translation>Keuze van KIP: de straten die met KIP worden meegeleverd als ze de werken bestrijken, anders de PDOK-achtergrondkaart als er een internetverbinding is</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/background_dialog.py" line="28"/>
        <source>The PDOK BRT background map (needs an internet connection)</source>
        <translation>De BRT-achtergrondkaart van PDOK (internetverbinding nodig)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/background_dialog.py" line="29"/>
        <source>A file: BGT or NWB roads, an OpenStreetMap extract, any map</source>
        <translation>Een bestand: wegen uit de BGT of het NWB, een uitsnede van OpenStreetMap, elke kaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/background_dialog.py" line="31"/>
        <source>Maps (*.gpkg *.shp *.geojson *.osm *.pbf *.tif *.tiff *.vrt *.mbtiles);;All files (*)</source>
        <translation>Kaarten (*.gpkg *.shp *.geojson *.osm *.pbf *.tif *.tiff *.vrt *.mbtiles);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/background_dialog.py" line="32"/>
        <source>A layer of this project</source>
        <translation>Een laag van dit project</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="24"/>
        <source>finding combinations and conflicts</source>
        <translation>combinaties en conflicten zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="24"/>
        <source>proposing a schedule</source>
        <translation>een planning voorstellen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="36"/>
        <source>Install missing packages</source>
        <translation>Ontbrekende pakketten installeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="50"/>
        <source>Install from a folder of package files (no internet connection)</source>
        <translation>Installeren uit een map met pakketbestanden (zonder internetverbinding)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="61"/>
        <source>Install</source>
        <translation>Installeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="71"/>
        <source>Every Python package KIP uses is installed.</source>
        <translation>Alle Python-pakketten die KIP gebruikt zijn geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="78"/>
        <source>KIP needs these Python packages, which this QGIS does not have:</source>
        <translation>KIP heeft deze Python-pakketten nodig, die deze QGIS niet heeft:</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="78"/>
        <source>They are installed with pip into a folder of KIP&apos;s own in your QGIS profile:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;br&gt;Nothing else on this computer changes; deleting that folder removes them again. pip downloads them from the Python Package Index (pypi.org) unless you give a folder of package files.</source>
        <translation>Ze worden met pip geïnstalleerd in een eigen map van KIP in uw QGIS-profiel:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;br&gt;Verder verandert er niets op deze computer; wie die map verwijdert, verwijdert ze weer. pip downloadt ze uit de Python Package Index (pypi.org), tenzij u een map met pakketbestanden opgeeft.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="93"/>
        <source>No Python interpreter of QGIS&apos;s version was found to run pip with; install the packages as described in the installation guide.</source>
        <translation>Er is geen Python-interpreter van de versie van QGIS gevonden om pip mee uit te voeren; installeer de pakketten zoals beschreven in de installatiehandleiding.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="120"/>
        <source>pip could not be started: {error}</source>
        <translation>pip kon niet worden gestart: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="150"/>
        <source>Installed. KIP can use them now; no restart needed.</source>
        <translation>Geïnstalleerd. KIP kan ze nu gebruiken; opnieuw starten is niet nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="152"/>
        <source>Could not install {names} (see above). Without an internet connection, give a folder of package files.</source>
        <translation>Kon {names} niet installeren (zie hierboven). Zonder internetverbinding: geef een map met pakketbestanden op.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/install_dialog.py" line="155"/>
        <source>Installed, but QGIS had already loaded an older {names}: restart QGIS to use the new one.</source>
        <translation>Geïnstalleerd, maar QGIS had al een oudere {names} geladen: start QGIS opnieuw om de nieuwe te gebruiken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/opening.py" line="68"/>
        <source>No background map for these works: choose one (BGT or NWB roads, OpenStreetMap, PDOK) with KIP › Background map…</source>
        <translation>Geen achtergrondkaart voor deze werken: kies er een (wegen uit BGT of NWB, OpenStreetMap, PDOK) met KIP › Achtergrondkaart…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="48"/>
        <source>Which field of the district layer &apos;{layer}&apos; holds the districts&apos; names? None is called name, naam or statnaam; choose one as the name field. Its text fields are: {fields}.</source>
        <translation>Welk veld van de wijkenlaag '{layer}' bevat de namen van de wijken? Geen enkel veld heet name, naam of statnaam; kies er een als naamveld. De tekstvelden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="71"/>
        <source>All works</source>
        <translation>Alle werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="81"/>
        <source>Area {cell}</source>
        <translation>Vak {cell}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="96"/>
        <source>The districts of &apos;{layer}&apos; and the works do not overlap: the districts lie around ({dx}, {dy}) and the {n} works of the period around ({wx}, {wy}) in {crs}. Choose the districts of the works&apos; municipality, or leave the districts empty for pages over a grid of the works.</source>
        <translation>De wijken van '{layer}' en de werken overlappen niet: de wijken liggen rond ({dx}, {dy}) en de {n} werken van de periode rond ({wx}, {wy}) in {crs}. Kies de wijken van de gemeente van de werken, of laat de wijken leeg voor pagina's over een raster van de werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="257"/>
        <source>Continued on page {page}.</source>
        <translation>Vervolg op pagina {page}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="256"/>
        <source>{name} (continued)</source>
        <translation>{name} (vervolg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="187"/>
        <source>Works in this district (continued)</source>
        <translation>Werken in deze wijk (vervolg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="188"/>
        <source>Conflicts (continued)</source>
        <translation>Conflicten (vervolg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="102"/>
        <source>No works in the period {start} – {end}: check the period and that the works layers are the right ones.</source>
        <translation>Geen werken in de periode {start} – {end}: controleer de periode en of de lagen met werken de juiste zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="52"/>
        <source>A print layout with a cover page and one page per district (without districts: pages over a grid of the works); adjust it in the layout designer and export it from there.</source>
        <translation>Een afdruklay-out met een voorblad en een pagina per wijk (zonder wijken: pagina's over een raster van de werken); pas hem aan in de lay-outontwerper en exporteer hem daar.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="29"/>
        <source>Comb.</source>
        <translation>Comb.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="30"/>
        <source>Confl.</source>
        <translation>Confl.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="78"/>
        <source>Background map…</source>
        <translation>Achtergrondkaart…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="78"/>
        <source>Choose the map drawn under the works: streets, BGT, NWB, OpenStreetMap or PDOK</source>
        <translation>Kies de kaart onder de werken: straten, BGT, NWB, OpenStreetMap of PDOK</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="274"/>
        <source>Install missing packages…</source>
        <translation>Ontbrekende pakketten installeren…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="85"/>
        <source>Install the Python packages KIP needs (shapely 2, OR-Tools) into KIP&apos;s folder</source>
        <translation>De Python-pakketten die KIP nodig heeft (shapely 2, OR-Tools) installeren in de map van KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="73"/>
        <source>Makes one PDF for the council: a cover page with the title, the date, the period, an overview map of all works by department or partner and the key figures (works, combinations, digs saved, conflicts), then one page per district with a map of its works, combinations and conflicts, a legend, scale bar and north arrow, the district&apos;s timeline and a table of its works.

Only works that are not done or cancelled and that overlap the period are shown. The period runs from the start date (empty: today) to the end date (empty: 24 months later). Districts without works in the period are skipped (and named on the cover) or get a page saying so. Without a district layer the pages cover a grid of squares over the works (one page when they lie close together). The district names come from the name field, else from a field called name, naam or statnaam. A district whose works or conflicts do not fit on its page continues on the next.

The combination and conflict layers are the outputs of &apos;Detect combinable works&apos; and &apos;Detect conflicts&apos;; without them the map shows the works only. The background (e.g. BGT or NWB roads, an OpenStreetMap extract, the PDOK map) is drawn under everything, with street names on the district pages; without one KIP uses the streets it ships with where they cover the works.</source>
        <translation>Maakt één PDF voor de raad: een voorblad met de titel, de datum, de periode, een overzichtskaart van alle werken per afdeling of partner en de kerncijfers (werken, combinaties, keren graven bespaard, conflicten), daarna een pagina per wijk met een kaart van de werken, combinaties en conflicten, een legenda, schaalbalk en noordpijl, de tijdlijn van de wijk en een tabel van de werken.

Alleen werken die niet gereed of vervallen zijn en die in de periode vallen worden getoond. De periode loopt van de begindatum (leeg: vandaag) tot de einddatum (leeg: 24 maanden later). Wijken zonder werken in de periode worden overgeslagen (en op het voorblad genoemd) of krijgen een pagina die dat meldt. Zonder wijkenlaag beslaan de pagina's een raster van vierkanten over de werken (één pagina als ze dicht bij elkaar liggen). De namen van de wijken komen uit het naamveld, anders uit een veld dat name, naam of statnaam heet. Een wijk waarvan de werken of conflicten niet op de pagina passen, gaat verder op de volgende.

De lagen met combinaties en conflicten zijn de uitvoer van 'Combineerbare werken zoeken' en 'Conflicterende werken zoeken'; zonder die lagen toont de kaart alleen de werken. De achtergrondkaart (bijv. wegen uit de BGT of het NWB, een uitsnede van OpenStreetMap, de PDOK-kaart) wordt onder alles getekend, met straatnamen op de wijkpagina's; zonder achtergrondkaart gebruikt KIP de meegeleverde straten als die de werken bestrijken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="113"/>
        <source>Districts (one page each; empty: a grid over the works)</source>
        <translation>Wijken (elk een pagina; leeg: een raster over de werken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="145"/>
        <source>Background map (empty: the streets shipped with KIP where they cover the works)</source>
        <translation>Achtergrondkaart (leeg: de meegeleverde straten als die de werken bestrijken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="135"/>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="140"/>
        <source>Streets: generated for the KIP demo of Ede</source>
        <translation>Straten: gegenereerd voor de KIP-demo van Ede</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="168"/>
        <source>Background</source>
        <translation>Achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/installer.py" line="125"/>
        <source>KIP&apos;s own Python packages are used from: {folders}</source>
        <translation>De eigen Python-pakketten van KIP worden gebruikt uit: {folders}</translation>
    </message>
</context>
</TS>
