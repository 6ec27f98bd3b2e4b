<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../kip_plugin/core/themes.py" line="64"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a list of work types.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een lijst van soorten werk zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/themes.py" line="68"/>
        <source>The rule file &apos;{source}&apos;: unknown work type &apos;{type}&apos; in &apos;{key}&apos;.</source>
        <translation>Het regelbestand '{source}': onbekende soort werk '{type}' in '{key}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="140"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a number of at least 0.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een getal van minstens 0 zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/themes.py" line="86"/>
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
        <location filename="../kip_plugin/core/schema.py" line="96"/>
        <source>Road resurfacing</source>
        <translation>Nieuwe deklaag weg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="97"/>
        <source>Road reconstruction</source>
        <translation>Reconstructie weg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="131"/>
        <source>Sewer</source>
        <translation>Riolering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="99"/>
        <source>Water main</source>
        <translation>Waterleiding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="130"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="130"/>
        <source>Electricity</source>
        <translation>Elektriciteit</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="130"/>
        <source>Telecom</source>
        <translation>Telecom</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="103"/>
        <source>District heating</source>
        <translation>Warmtenet</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="104"/>
        <source>Street lighting</source>
        <translation>Openbare verlichting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="105"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="106"/>
        <source>Traffic measure</source>
        <translation>Verkeersmaatregel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="107"/>
        <source>Building project</source>
        <translation>Bouwproject</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="108"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="109"/>
        <source>Residents&apos; initiative</source>
        <translation>Bewonersinitiatief</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="131"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="242"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="242"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="118"/>
        <source>In preparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="119"/>
        <source>In execution</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_export.py" line="96"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="129"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="130"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="400"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="399"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="136"/>
        <source>Project budget</source>
        <translation>Projectgeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="137"/>
        <source>Maintenance budget</source>
        <translation>Beheergeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="151"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="152"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="33"/>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Work id</source>
        <translation>Werk-id</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="130"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="105"/>
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
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Earliest start</source>
        <translation>Vroegste begin</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Latest end</source>
        <translation>Uiterste einde</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Excavation</source>
        <translation>Graafwerk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Road closure</source>
        <translation>Wegafsluiting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="200"/>
        <source>Disruption</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Budget type</source>
        <translation>Soort budget</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="164"/>
        <source>Updated at</source>
        <translation>Bijgewerkt op</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="54"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="55"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="56"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="59"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="391"/>
        <source>Digging after new paving</source>
        <translation>Graven na nieuwe bestrating</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="392"/>
        <source>Road closures at the same time</source>
        <translation>Gelijktijdige wegafsluitingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="160"/>
        <source>Event during works</source>
        <translation>Evenement tijdens werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="20"/>
        <source>Add department/partner</source>
        <translation>Afdeling/partner toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="26"/>
        <source>derived from the name</source>
        <translation>afgeleid van de naam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="209"/>
        <source>Give the department or partner a name.</source>
        <translation>Geef de afdeling of partner een naam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="65"/>
        <source>The code &apos;{code}&apos; is not valid: use lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>De code '{code}' is ongeldig: gebruik kleine letters, cijfers en '_', en begin met een letter.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="151"/>
        <source>A party with the code &apos;{code}&apos; exists already.</source>
        <translation>Er bestaat al een partij met de code '{code}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/project.py" line="22"/>
        <source>KIP</source>
        <translation>KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="62"/>
        <source>&amp;KIP</source>
        <translation>&amp;KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="71"/>
        <source>New KIP…</source>
        <translation>Nieuwe KIP…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="71"/>
        <source>Create a new, empty KIP store</source>
        <translation>Een nieuwe, lege KIP-opslag maken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="72"/>
        <source>Open KIP…</source>
        <translation>KIP openen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="72"/>
        <source>Open a KIP store and show its works</source>
        <translation>Een KIP-opslag openen en de werken tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="77"/>
        <source>Add department/partner…</source>
        <translation>Afdeling/partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="77"/>
        <source>Add a department or partner with its own layer</source>
        <translation>Een afdeling of partner met een eigen laag toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="34"/>
        <source>New KIP</source>
        <translation>Nieuwe KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="94"/>
        <source>KIP store (*.gpkg)</source>
        <translation>KIP-opslag (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="237"/>
        <source>Open KIP</source>
        <translation>KIP openen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="280"/>
        <source>The KIP &apos;{path}&apos; is write-protected; it is open read-only.</source>
        <translation>De KIP '{path}' is schrijfbeveiligd; hij is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="285"/>
        <source>Opened the KIP &apos;{path}&apos;.</source>
        <translation>De KIP '{path}' is geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="110"/>
        <source>Open or create a KIP first.</source>
        <translation>Open of maak eerst een KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="315"/>
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
        <location filename="../kip_plugin/store/gpkg_store.py" line="44"/>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>Het bestand '{path}' bestaat niet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="46"/>
        <source>The file &apos;{path}&apos; cannot be read.</source>
        <translation>Het bestand '{path}' kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="66"/>
        <source>The file &apos;{path}&apos; already exists; choose a new file name.</source>
        <translation>Het bestand '{path}' bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="71"/>
        <source>Cannot write in the folder &apos;{folder}&apos;.</source>
        <translation>Kan niet schrijven in de map '{folder}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="96"/>
        <source>The KIP store needs a projected CRS in metres; &apos;{crs}&apos; is not one.</source>
        <translation>De KIP-opslag heeft een geprojecteerd CRS in meters nodig; '{crs}' is dat niet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="112"/>
        <source>Cannot open the works of the KIP store &apos;{path}&apos;.</source>
        <translation>Kan de werken van de KIP-opslag '{path}' niet openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="157"/>
        <source>Cannot open the parties of the KIP store &apos;{path}&apos;.</source>
        <translation>Kan de partijen van de KIP-opslag '{path}' niet openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="148"/>
        <source>The KIP store &apos;{path}&apos; is read-only.</source>
        <translation>De KIP-opslag '{path}' is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="211"/>
        <source>Unknown kind of party: &apos;{kind}&apos;.</source>
        <translation>Onbekende soort partij: '{kind}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="201"/>
        <source>Could not add &apos;{code}&apos;: {error}</source>
        <translation>Kon '{code}' niet toevoegen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="165"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="162"/>
        <source>&apos;{path}&apos; is not a KIP store: it is not a GeoPackage.</source>
        <translation>'{path}' is geen KIP-opslag: het is geen GeoPackage.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="169"/>
        <source>&apos;{path}&apos; is not a KIP store: the table &apos;{table}&apos; is missing.</source>
        <translation>'{path}' is geen KIP-opslag: de tabel '{table}' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="186"/>
        <source>The KIP store &apos;{path}&apos;: the works table must hold polygons.</source>
        <translation>KIP-opslag '{path}': de tabel met werken moet vlakken bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="194"/>
        <source>The KIP store &apos;{path}&apos; has no valid CRS.</source>
        <translation>De KIP-opslag '{path}' heeft geen geldig CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="259"/>
        <source>The KIP store &apos;{path}&apos;: the table &apos;{table}&apos; has no field &apos;{field}&apos;.</source>
        <translation>KIP-opslag '{path}': de tabel '{table}' heeft geen veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="263"/>
        <source>The KIP store &apos;{path}&apos;: the field &apos;{field}&apos; of table &apos;{table}&apos; has type {actual}; expected {expected}.</source>
        <translation>KIP-opslag '{path}': het veld '{field}' van tabel '{table}' is van het type {actual}; verwacht is {expected}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="246"/>
        <source>Could not create the GeoPackage &apos;{path}&apos;.</source>
        <translation>Kon de GeoPackage '{path}' niet maken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="40"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="41"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="42"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="43"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="44"/>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="50"/>
        <source>The end date must not be before the start date.</source>
        <translation>De einddatum mag niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="60"/>
        <source>The earliest start must not be after the start date.</source>
        <translation>Het vroegste begin mag niet na de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="65"/>
        <source>The latest end must not be before the end date.</source>
        <translation>Het uiterste einde mag niet vóór de einddatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="69"/>
        <source>Every work needs a work id.</source>
        <translation>Elk werk heeft een werk-id nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="99"/>
        <source>Done or cancelled</source>
        <translation>Gereed of vervallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="117"/>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/stored_styles.py" line="45"/>
        <source>Could not store the style &apos;{name}&apos; in the KIP: {error}</source>
        <translation>Kon de stijl '{name}' niet in de KIP opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/stored_styles.py" line="57"/>
        <source>KIP: all works by party</source>
        <translation>KIP: alle werken per partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/stored_styles.py" line="60"/>
        <source>KIP: works of {name}</source>
        <translation>KIP: werken van {name}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="69"/>
        <source>&apos;{value}&apos; is not a valid date: there is no day {day} in month {month} of {year}.</source>
        <translation>'{value}' is geen geldige datum: maand {month} van {year} heeft geen dag {day}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="108"/>
        <source>&apos;{value}&apos; is not a valid time: {hour} AM/PM.</source>
        <translation>'{value}' is geen geldige tijd: {hour} AM/PM.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="117"/>
        <source>&apos;{value}&apos; is not a date: &apos;{name}&apos; is not a month name.</source>
        <translation>'{value}' is geen datum: '{name}' is geen naam van een maand.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="179"/>
        <source>&apos;{value}&apos; is not a date (write it e.g. as {examples}).</source>
        <translation>'{value}' is geen datum (schrijf bijvoorbeeld {examples}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="257"/>
        <source>The date format &apos;{format}&apos; needs a day (dd), a month (mm or mmmm) and a year (yyyy or yy).</source>
        <translation>Het datumformaat '{format}' heeft een dag (dd), een maand (mm of mmmm) en een jaar (yyyy of yy) nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="249"/>
        <source>The date format &apos;{format}&apos; uses &apos;{code}&apos;, which KIP does not know.</source>
        <translation>Het datumformaat '{format}' gebruikt '{code}', dat KIP niet kent.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="301"/>
        <source>&apos;{value}&apos; does not match the date format {formats}.</source>
        <translation>'{value}' past niet bij het datumformaat {formats}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="40"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>'{value}' is geen ja of nee.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="63"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>'{value}' is geen getal.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="117"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/judge.py" line="197"/>
        <source>The work id is empty.</source>
        <translation>Het werk-id is leeg.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="145"/>
        <source>&apos;{value}&apos; is not a known value; map it to one of: {codes}.</source>
        <translation>'{value}' is geen bekende waarde; koppel het aan een van: {codes}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="167"/>
        <source>{field} is empty; every work needs one.</source>
        <translation>{field} is leeg; elk werk heeft dit nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="174"/>
        <source>The end date {end} lies before the start date {start}.</source>
        <translation>De einddatum {end} ligt vóór de begindatum {start}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="182"/>
        <source>The earliest start {earliest} lies after the start date {start}.</source>
        <translation>Het vroegste begin {earliest} ligt na de begindatum {start}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="189"/>
        <source>The latest end {latest} lies before the end date {end}.</source>
        <translation>Het uiterste einde {latest} ligt vóór de einddatum {end}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="110"/>
        <source>The saved mapping is not readable: {error}</source>
        <translation>De opgeslagen koppeling is niet leesbaar: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="143"/>
        <source>The mapping is not valid JSON: {error}</source>
        <translation>De koppeling is geen geldige JSON: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="152"/>
        <source>Line {line} of the mapping (&apos;{text}&apos;) is not of the form &apos;name = value&apos;.</source>
        <translation>Regel {line} van de koppeling ('{text}') heeft niet de vorm 'naam = waarde'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="165"/>
        <source>&apos;{name}&apos; is not a KIP field that an import can fill; use one of: {fields}.</source>
        <translation>'{name}' is geen KIP-veld dat een import kan vullen; gebruik een van: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="229"/>
        <source>The code value &apos;{value}&apos; = &apos;{code}&apos;: &apos;{code}&apos; is not a code of the list {list}.</source>
        <translation>De codewaarde '{value}' = '{code}': '{code}' is geen code uit de lijst {list}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="241"/>
        <source>The width for &apos;{type}&apos;: that is not a work type of KIP ({types}).</source>
        <translation>De breedte voor '{type}': dat is geen soort werk van KIP ({types}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="250"/>
        <source>The width for &apos;{type}&apos; must be a positive number of metres, not &apos;{width}&apos;.</source>
        <translation>De breedte voor '{type}' moet een positief aantal meters zijn, niet '{width}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis.py" line="67"/>
        <source>; {n} works could not be used (see the KIP log)</source>
        <translation>; {n} werken konden niet worden gebruikt (zie het KIP-logboek)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="134"/>
        <source>Could not write &apos;{path}&apos;: {error}</source>
        <translation>Kon '{path}' niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis.py" line="184"/>
        <source>KIP: analysing combinations and conflicts</source>
        <translation>KIP: combinaties en conflicten analyseren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis.py" line="194"/>
        <source>The analysis was cancelled.</source>
        <translation>De analyse is afgebroken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="45"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="46"/>
        <source>dates</source>
        <translation>datums</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="47"/>
        <source>dates and times</source>
        <translation>datums en tijden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="48"/>
        <source>yes/no values</source>
        <translation>ja/nee-waarden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="49"/>
        <source>numbers</source>
        <translation>getallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="50"/>
        <source>whole numbers</source>
        <translation>gehele getallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="62"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos;; KIP needs the fields of its works schema.</source>
        <translation>De laag '{layer}' heeft geen veld '{field}'; KIP heeft de velden van zijn werkenschema nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="68"/>
        <source>The field &apos;{field}&apos; of layer &apos;{layer}&apos; has the type &apos;{type}&apos;; it must hold {expected}.</source>
        <translation>Het veld '{field}' van laag '{layer}' is van het type '{type}'; het moet {expected} bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="77"/>
        <source>Work &apos;{work}&apos; (feature {fid} of layer &apos;{layer}&apos;)</source>
        <translation>Werk '{work}' (object {fid} van laag '{layer}')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="78"/>
        <source>Feature {fid} of layer &apos;{layer}&apos;</source>
        <translation>Object {fid} van laag '{layer}'</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="70"/>
        <source>it has no geometry</source>
        <translation>het heeft geen geometrie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="132"/>
        <source>the field &apos;{field}&apos; is empty</source>
        <translation>het veld '{field}' is leeg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="129"/>
        <source>the field &apos;{field}&apos; holds &apos;{value}&apos;, which is not a date</source>
        <translation>het veld '{field}' bevat '{value}', en dat is geen datum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="134"/>
        <source>the end date {end} lies before the start date {start}</source>
        <translation>de einddatum {end} ligt vóór de begindatum {start}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="142"/>
        <source>the field &apos;{field}&apos; holds &apos;{value}&apos;, which is not one of its codes</source>
        <translation>het veld '{field}' bevat '{value}', en dat is geen van zijn codes</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="75"/>
        <source>its geometry is empty</source>
        <translation>de geometrie is leeg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="188"/>
        <source>its geometry is invalid ({reason})</source>
        <translation>de geometrie is ongeldig ({reason})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/row_checks.py" line="162"/>
        <source>the work id is also used by feature {fid} of layer &apos;{layer}&apos;; only that one is used</source>
        <translation>het werk-id wordt ook gebruikt door object {fid} van laag '{layer}'; alleen dat object wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="141"/>
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
        <location filename="../kip_plugin/gui/proposal_panel.py" line="140"/>
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
        <location filename="../kip_plugin/layouts/council.py" line="99"/>
        <source>Choose at least one works layer.</source>
        <translation>Kies minstens één laag met werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="59"/>
        <source>The layer &apos;{layer}&apos; cannot be read.</source>
        <translation>De laag '{layer}' kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="66"/>
        <source>The input layers have different CRSs: &apos;{a}&apos; is in {crs_a}, &apos;{b}&apos; in {crs_b}. Save them in one CRS first.</source>
        <translation>De invoerlagen hebben verschillende CRS'en: '{a}' is in {crs_a}, '{b}' in {crs_b}. Sla ze eerst op in één CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="71"/>
        <source>The layer &apos;{layer}&apos; has no valid CRS.</source>
        <translation>De laag '{layer}' heeft geen geldig CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/reader.py" line="87"/>
        <source>The layer &apos;{layer}&apos; holds no works.</source>
        <translation>De laag '{layer}' bevat geen werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/styles.py" line="43"/>
        <source>KIP results</source>
        <translation>KIP-resultaten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="165"/>
        <source>Combinations</source>
        <translation>Combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="66"/>
        <source>Combinable pairs</source>
        <translation>Combineerbare paren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="66"/>
        <source>Works and their combination</source>
        <translation>Werken en hun combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="166"/>
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
        <location filename="../kip_plugin/processing/import_plan.py" line="72"/>
        <source>Import plan</source>
        <translation>Planning importeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="87"/>
        <source>Plans (*.csv *.txt *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg);;All files (*)</source>
        <translation>Planningen (*.csv *.txt *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="103"/>
        <source>Delivery file</source>
        <translation>Aangeleverd bestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="104"/>
        <source>…or a layer of the project</source>
        <translation>…of een laag van het project</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="124"/>
        <source>Mapping: source field or expression for each KIP field</source>
        <translation>Koppeling: bronveld of expressie voor elk KIP-veld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="130"/>
        <source>empty: recognised automatically, e.g. dd-mm-yyyy; d mmmm yyyy</source>
        <translation>leeg: automatisch herkend, bijv. dd-mm-yyyy; d mmmm yyyy</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="132"/>
        <source>Riolering vervangen = sewer</source>
        <translation>Riolering vervangen = sewer</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="138"/>
        <source>sewer = 3</source>
        <translation>sewer = 3</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="106"/>
        <source>Append: add new works, update works with a known id</source>
        <translation>Toevoegen: nieuwe werken toevoegen, werken met een bekend id bijwerken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="106"/>
        <source>Replace: this delivery replaces the party&apos;s previous one</source>
        <translation>Vervangen: deze levering vervangt de vorige levering van de partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="145"/>
        <source>Mark works missing from the delivery as cancelled</source>
        <translation>Werken die in de levering ontbreken als vervallen markeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="128"/>
        <source>X / longitude column</source>
        <translation>Kolom X / lengtegraad</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="128"/>
        <source>Y / latitude column</source>
        <translation>Kolom Y / breedtegraad</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="128"/>
        <source>WKT column</source>
        <translation>WKT-kolom</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="149"/>
        <source>Date formats</source>
        <translation>Datumformaten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="113"/>
        <source>Code values</source>
        <translation>Codewaarden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="151"/>
        <source>Width around points</source>
        <translation>Breedte rond punten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="152"/>
        <source>Width along lines</source>
        <translation>Breedte langs lijnen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="153"/>
        <source>Widths per work type</source>
        <translation>Breedtes per soort werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="106"/>
        <source>Mode</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="172"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="239"/>
        <source>The mapping saved for this party uses fields this delivery does not have: {fields}. Choose other fields.</source>
        <translation>De opgeslagen koppeling voor deze partij gebruikt velden die deze levering niet heeft: {fields}. Kies andere velden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="234"/>
        <source>Choose the delivery to import.</source>
        <translation>Kies de levering die je wilt importeren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="163"/>
        <source>Rejected rows</source>
        <translation>Afgewezen rijen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="168"/>
        <source>Change report</source>
        <translation>Wijzigingsrapport</translation>
    </message>
    <message>
        <location filename="../kip_plugin/timeline/axis.py" line="88"/>
        <source>W{n}</source>
        <translation>W{n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/timeline/axis.py" line="99"/>
        <source>Q{n}</source>
        <translation>K{n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="135"/>
        <source>KIP timeline</source>
        <translation>KIP-tijdlijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="87"/>
        <source>Group by</source>
        <translation>Groeperen op</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="157"/>
        <source>Department/partner</source>
        <translation>Afdeling/partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="243"/>
        <source>Combination</source>
        <translation>Combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="35"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="99"/>
        <source>The layer whose polygons are the districts</source>
        <translation>De laag waarvan de vlakken de wijken zijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="108"/>
        <source>Search works…</source>
        <translation>Werken zoeken…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="115"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="120"/>
        <source>Show or hide works by status and by department/partner</source>
        <translation>Werken tonen of verbergen per status en per afdeling/partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="122"/>
        <source>Map extent</source>
        <translation>Kaartbeeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="124"/>
        <source>Only works in the current map extent (follows the map)</source>
        <translation>Alleen werken in het huidige kaartbeeld (volgt de kaart)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="129"/>
        <source>Fit all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="130"/>
        <source>Show the whole period of the works shown</source>
        <translation>De hele periode van de getoonde werken tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="131"/>
        <source>Next 12 months</source>
        <translation>Komende 12 maanden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="137"/>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="138"/>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="141"/>
        <source>Export the timeline as it is shown</source>
        <translation>De tijdlijn exporteren zoals hij getoond wordt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="153"/>
        <source>No status</source>
        <translation>Geen status</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="165"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="242"/>
        <source>{shown} of {total} works</source>
        <translation>{shown} van {total} werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="244"/>
        <source>{n} need attention</source>
        <translation>{n} vragen aandacht</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="246"/>
        <source>No combinations found yet: run the analysis.</source>
        <translation>Nog geen combinaties gevonden: voer de analyse uit.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="248"/>
        <source>Editing: drag a bar to reschedule it within its flexibility.</source>
        <translation>Bewerken: sleep een balk om het werk binnen zijn speelruimte te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="268"/>
        <source>This work cannot be moved: switch on editing for its layer first.</source>
        <translation>Dit werk kan niet worden verplaatst: zet eerst bewerken aan voor zijn laag.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="285"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="285"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="286"/>
        <source>Export timeline</source>
        <translation>Tijdlijn exporteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="292"/>
        <source>Saved the timeline to &apos;{path}&apos;.</source>
        <translation>De tijdlijn is opgeslagen in '{path}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="296"/>
        <source>Could not write &apos;{path}&apos;.</source>
        <translation>Kon '{path}' niet schrijven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="242"/>
        <source>Flexibility</source>
        <translation>Speelruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="33"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="245"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_link.py" line="406"/>
        <source>Reschedule &apos;{title}&apos;</source>
        <translation>'{title}' verplaatsen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="349"/>
        <source>Not in a combination</source>
        <translation>Niet in een combinatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="351"/>
        <source>No district layer chosen</source>
        <translation>Geen wijkenlaag gekozen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="352"/>
        <source>Outside the districts</source>
        <translation>Buiten de wijken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="398"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="177"/>
        <source>Combination {id}</source>
        <translation>Combinatie {id}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="482"/>
        <source>No start date</source>
        <translation>Geen begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="484"/>
        <source>No end date</source>
        <translation>Geen einddatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="486"/>
        <source>End date before start date</source>
        <translation>Einddatum vóór begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_model.py" line="488"/>
        <source>No work area</source>
        <translation>Geen werkgebied</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="171"/>
        <source>Combination {id}: {owners} (one dig instead of {digs})</source>
        <translation>Combinatie {id}: {owners} (één keer graven in plaats van {digs})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="175"/>
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
        <location filename="../kip_plugin/gui/timeline_text.py" line="72"/>
        <source>Conflict: {kind} with &apos;{other}&apos;</source>
        <translation>Conflict: {kind} met '{other}'</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="87"/>
        <source>Needs attention: {reasons}</source>
        <translation>Vraagt aandacht: {reasons}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="215"/>
        <source>No works match the filters.</source>
        <translation>Geen werken voldoen aan de filters.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="283"/>
        <source>This work has no flexibility.</source>
        <translation>Dit werk heeft geen speelruimte.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="283"/>
        <source>Limit of the flexibility window.</source>
        <translation>Grens van de speelruimte.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="345"/>
        <source>Click to move the Temporal Controller here.</source>
        <translation>Klik om de tijdbesturing hierheen te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="355"/>
        <source>Zoom map to this work</source>
        <translation>Kaart naar dit werk zoomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="356"/>
        <source>Open the form of this work</source>
        <translation>Het formulier van dit werk openen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="362"/>
        <source>Expand all groups</source>
        <translation>Alle groepen uitvouwen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="363"/>
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
        <location filename="../kip_plugin/importer/workareas.py" line="128"/>
        <source>The row has no geometry (no location).</source>
        <translation>De rij heeft geen geometrie (geen locatie).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="137"/>
        <source>The source has no coordinate reference system; give one.</source>
        <translation>De bron heeft geen coördinatenstelsel; geef er een op.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="147"/>
        <source>The location cannot be converted to the KIP&apos;s coordinate system ({crs}).</source>
        <translation>De locatie kan niet worden omgezet naar het coördinatenstelsel van de KIP ({crs}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="213"/>
        <source>The area is invalid and cannot be repaired.</source>
        <translation>Het gebied is ongeldig en kan niet worden hersteld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="223"/>
        <source>The geometry is of a kind KIP cannot use as a work area.</source>
        <translation>De geometrie is van een soort die KIP niet als werkgebied kan gebruiken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="232"/>
        <source>The location has no area, even after buffering; check the widths.</source>
        <translation>De locatie heeft geen oppervlakte, ook niet na bufferen; controleer de breedtes.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/judge.py" line="199"/>
        <source>The work id &apos;{id}&apos; appears more than once in the delivery (first in row {row}).</source>
        <translation>Het werk-id '{id}' komt meer dan eens voor in de levering (het eerst in rij {row}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/plan.py" line="126"/>
        <source>The work id &apos;{id}&apos; belongs to a work of &apos;{owner}&apos; in the KIP; give this party&apos;s works their own ids (or an id prefix).</source>
        <translation>Het werk-id '{id}' hoort in de KIP bij een werk van '{owner}'; geef de werken van deze partij eigen id's (of een id-voorvoegsel).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="78"/>
        <source>The mapping uses fields that this source does not have: {missing}. The source has the fields: {fields}. Adjust the mapping (a saved mapping may be from an older delivery).</source>
        <translation>De koppeling gebruikt velden die deze bron niet heeft: {missing}. De bron heeft de velden: {fields}. Pas de koppeling aan (een opgeslagen koppeling kan van een oudere levering zijn).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/areas.py" line="165"/>
        <source>The row has no coordinates.</source>
        <translation>De rij heeft geen coördinaten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/areas.py" line="168"/>
        <source>The coordinates &apos;{x}&apos;, &apos;{y}&apos; are not numbers.</source>
        <translation>De coördinaten '{x}', '{y}' zijn geen getallen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/areas.py" line="152"/>
        <source>The row has no geometry (its WKT field is empty).</source>
        <translation>De rij heeft geen geometrie (het WKT-veld is leeg).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="117"/>
        <source>The expression for {field} failed: {error}</source>
        <translation>De expressie voor {field} is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/areas.py" line="128"/>
        <source>No location: the table has no geometry and no coordinate columns (x/y, lon/lat) or WKT column; name them in the mapping.</source>
        <translation>Geen locatie: de tabel heeft geen geometrie en geen coördinaatkolommen (x/y, lon/lat) of WKT-kolom; geef ze op in de koppeling.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="183"/>
        <source>&apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>'{crs}' is geen coördinatenstelsel dat QGIS kent.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/reading.py" line="193"/>
        <source>KIP cannot tell the coordinate system of the coordinates (they are neither longitude/latitude nor Dutch RD metres); give it as the source CRS.</source>
        <translation>KIP kan het coördinatenstelsel van de coördinaten niet bepalen (het zijn geen lengte-/breedtegraden en geen RD-meters); geef het op als CRS van de bron.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="112"/>
        <source>{rows} rows read: {imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{rows} rijen gelezen: {imported} geïmporteerd, {updated} bijgewerkt, {unchanged} ongewijzigd, {rejected} afgewezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="119"/>
        <source>{n} works moved in time ({later} later, {earlier} earlier; on average {days} days).</source>
        <translation>{n} werken zijn in de tijd verschoven ({later} later, {earlier} eerder; gemiddeld {days} dagen).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="125"/>
        <source>{n} works changed otherwise (scope, type, area or details).</source>
        <translation>{n} werken zijn op een andere manier gewijzigd (omvang, soort, gebied of details).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="127"/>
        <source>{n} cancelled works are planned again.</source>
        <translation>{n} vervallen werken zijn weer gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="130"/>
        <source>{n} works are no longer in the delivery; they are marked cancelled.</source>
        <translation>{n} werken staan niet meer in de levering; ze zijn op vervallen gezet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="132"/>
        <source>{n} works are no longer in the delivery; they were left as they were.</source>
        <translation>{n} werken staan niet meer in de levering; ze zijn gelaten zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="137"/>
        <source>{n} invalid work areas were repaired.</source>
        <translation>{n} ongeldige werkgebieden zijn hersteld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="141"/>
        <source>Unknown values of {field}: {values}. Map them under code values.</source>
        <translation>Onbekende waarden van {field}: {values}. Koppel ze bij de codewaarden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="147"/>
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
        <location filename="../kip_plugin/importer/sources.py" line="189"/>
        <source>The file &apos;{path}&apos; holds several layers ({layers}); choose one, e.g. &apos;{path}|layername={first}&apos;.</source>
        <translation>Het bestand '{path}' bevat meerdere lagen ({layers}); kies er een, bijv. '{path}|layername={first}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="197"/>
        <source>QGIS cannot read &apos;{path}&apos; as a table or map layer (it looks like {kind}). Deliver a CSV, XLSX, shapefile, GeoJSON or GeoPackage.</source>
        <translation>QGIS kan '{path}' niet lezen als tabel of kaartlaag (het lijkt op {kind}). Lever een CSV, XLSX, shapefile, GeoJSON of GeoPackage aan.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="38"/>
        <source>The district layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Its fields are: {fields}.</source>
        <translation>De wijkenlaag '{layer}' heeft geen veld '{field}'. De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/atlas.py" line="91"/>
        <source>District {fid}</source>
        <translation>Wijk {fid}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/atlas.py" line="94"/>
        <source>District &apos;{name}&apos; is left out: it has no shape.</source>
        <translation>Wijk '{name}' is weggelaten: hij heeft geen vorm.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/atlas.py" line="98"/>
        <source>The district layer &apos;{layer}&apos; has no districts.</source>
        <translation>De wijkenlaag '{layer}' bevat geen wijken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/common.py" line="78"/>
        <source>Cannot read the layout template &apos;{path}&apos;: {error}</source>
        <translation>Kan het opmaaksjabloon '{path}' niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/common.py" line="82"/>
        <source>The layout template &apos;{path}&apos; is not a QGIS layout template.</source>
        <translation>Het opmaaksjabloon '{path}' is geen QGIS-opmaaksjabloon.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/common.py" line="92"/>
        <source>The layout template &apos;{path}&apos; could not be loaded.</source>
        <translation>Het opmaaksjabloon '{path}' kon niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="66"/>
        <source>The layout template &apos;{path}&apos; lacks the items {ids}; start from KIP&apos;s council map template.</source>
        <translation>Het opmaaksjabloon '{path}' mist de onderdelen {ids}; begin met het raadskaartsjabloon van KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="138"/>
        <source>Period: {period}   ·   Date: {date}</source>
        <translation>Periode: {period}   ·   Datum: {date}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="185"/>
        <source>Works in this period</source>
        <translation>Werken in deze periode</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="143"/>
        <source>Digs saved by combining</source>
        <translation>Keren graven bespaard door combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="144"/>
        <source>Combinations (not analysed)</source>
        <translation>Combinaties (niet geanalyseerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="145"/>
        <source>Digs saved (not analysed)</source>
        <translation>Keren graven bespaard (niet geanalyseerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="145"/>
        <source>Conflicts (not analysed)</source>
        <translation>Conflicten (niet geanalyseerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="152"/>
        <source>No works planned in this period in: {names}.</source>
        <translation>Geen werken gepland in deze periode in: {names}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="154"/>
        <source>{title} · {date} · made with KIP · page {page} of {pages}</source>
        <translation>{title} · {date} · gemaakt met KIP · pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="169"/>
        <source>Timeline by department or partner</source>
        <translation>Tijdlijn per afdeling of partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="170"/>
        <source>Works in this district</source>
        <translation>Werken in deze wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="196"/>
        <source>This district</source>
        <translation>Deze wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="197"/>
        <source>District boundary</source>
        <translation>Wijkgrens</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="143"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="251"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/common.py" line="41"/>
        <source>The period is empty: it ends ({end}) before it starts ({start}).</source>
        <translation>De periode is leeg: hij eindigt ({end}) voordat hij begint ({start}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/language.py" line="86"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="66"/>
        <source>Planned works in public space</source>
        <translation>Geplande werkzaamheden in de openbare ruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="97"/>
        <source>Reading the works…</source>
        <translation>De werken inlezen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="114"/>
        <source>Finding the works of each district…</source>
        <translation>De werken per wijk zoeken…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="142"/>
        <source>Drawing the timelines…</source>
        <translation>De tijdlijnen tekenen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="193"/>
        <source>Outside the district</source>
        <translation>Buiten de wijk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="249"/>
        <source>Choose a file name for the PDF.</source>
        <translation>Kies een bestandsnaam voor de PDF.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="252"/>
        <source>&apos;{path}&apos; is a folder; choose a file name for the PDF.</source>
        <translation>'{path}' is een map; kies een bestandsnaam voor de PDF.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letters.py" line="123"/>
        <source>Cannot write the PDF &apos;{path}&apos;: {reason}</source>
        <translation>Kan de PDF '{path}' niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/folder.py" line="35"/>
        <source>write-protected</source>
        <translation>schrijfbeveiligd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="284"/>
        <source>Could not export the council map to &apos;{path}&apos;: {error}</source>
        <translation>Kon de raadskaart niet exporteren naar '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="52"/>
        <source>Council map</source>
        <translation>Raadskaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="138"/>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="138"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="81"/>
        <source>Give districts without works a page saying so</source>
        <translation>Wijken zonder werken een pagina geven die dat meldt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="124"/>
        <source>District name field</source>
        <translation>Veld met de wijknaam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="89"/>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="90"/>
        <source>Period until</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="138"/>
        <source>Page size</source>
        <translation>Paginaformaat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/in_project.py" line="101"/>
        <source>Open a KIP first: the council map shows its works.</source>
        <translation>Open eerst een KIP: de raadskaart toont de werken ervan.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="141"/>
        <source>Added the print layout &apos;{name}&apos;: a cover and {pages} district pages. Adjust it here and export it from the layout designer.</source>
        <translation>De afdrukopmaak '{name}' is toegevoegd: een voorblad en {pages} wijkpagina's. Pas hem hier aan en exporteer hem vanuit de opmaakontwerper.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/in_project.py" line="102"/>
        <source>Council map {date}</source>
        <translation>Raadskaart {date}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="100"/>
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
        <location filename="../kip_plugin/layouts/timeline_chart.py" line="74"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_table.py" line="114"/>
        <source>No works planned in this period.</source>
        <translation>Geen werken gepland in deze periode.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="120"/>
        <source>The {what} layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Its fields are: {fields}.</source>
        <translation>De laag met {what} '{layer}' heeft geen veld '{field}'. De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="178"/>
        <source>works</source>
        <translation>werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="241"/>
        <source>combinations</source>
        <translation>combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="271"/>
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
        <location filename="../kip_plugin/processing/export_council_map.py" line="164"/>
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
        <location filename="../kip_plugin/plugin.py" line="80"/>
        <source>Import plan…</source>
        <translation>Planning importeren…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="80"/>
        <source>Import a department&apos;s or partner&apos;s plan into the KIP</source>
        <translation>De planning van een afdeling of partner in de KIP importeren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="83"/>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="83"/>
        <source>Find combinable works and conflicts in the open KIP</source>
        <translation>Combineerbare werken en conflicten in de open KIP zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="90"/>
        <source>Council map…</source>
        <translation>Raadskaart…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="90"/>
        <source>Add a print layout with a cover and a page per district</source>
        <translation>Een afdrukopmaak met een voorblad en een pagina per wijk toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="134"/>
        <source>Show or hide the timeline of all works</source>
        <translation>De tijdlijn van alle werken tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="49"/>
        <source>Detection</source>
        <translation>Detectie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="63"/>
        <source>Works layers</source>
        <translation>Lagen met werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="87"/>
        <source>Rule file (empty: the rules shipped with KIP)</source>
        <translation>Regelbestand (leeg: de regels die bij KIP horen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="87"/>
        <source>KIP rule file (*.json)</source>
        <translation>KIP-regelbestand (*.json)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="185"/>
        <source>read directly with GDAL</source>
        <translation>direct met GDAL gelezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="185"/>
        <source>read through QGIS</source>
        <translation>via QGIS gelezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="186"/>
        <source>Layer &apos;{layer}&apos;: {how}.</source>
        <translation>Laag '{layer}': {how}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="188"/>
        <source>The works are in {source}, which is not in metres; distances are measured in {crs} ({name}).</source>
        <translation>De werken staan in {source}, dat niet in meters is; afstanden worden gemeten in {crs} ({name}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="194"/>
        <source>Distances are measured in {crs} ({name}).</source>
        <translation>Afstanden worden gemeten in {crs} ({name}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="129"/>
        <source>… and {n} more.</source>
        <translation>… en nog {n}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/works_algorithm.py" line="203"/>
        <source>{total} works read: {analysed} analysed, {inactive} done or cancelled and left out, {unusable} could not be used.</source>
        <translation>{total} werken gelezen: {analysed} geanalyseerd, {inactive} gereed of vervallen en weggelaten, {unusable} konden niet worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="37"/>
        <source>Detect combinable works</source>
        <translation>Combineerbare werken zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="40"/>
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
        <location filename="../kip_plugin/processing/propose_schedule.py" line="142"/>
        <source>Maximum distance between works (m)</source>
        <translation>Grootste afstand tussen werken (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="143"/>
        <source>Maximum time between the windows of works (days)</source>
        <translation>Grootste tijd tussen de tijdvensters van werken (dagen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="63"/>
        <source>Also combine works of the same department or partner</source>
        <translation>Ook werken van dezelfde afdeling of partner combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="72"/>
        <source>Number of combinations</source>
        <translation>Aantal combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="73"/>
        <source>Number of combinable pairs</source>
        <translation>Aantal combineerbare paren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="74"/>
        <source>Digs saved</source>
        <translation>Keren graven bespaard</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Works that could not be used</source>
        <translation>Werken die niet konden worden gebruikt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="112"/>
        <source>{pairs} combinable pairs, {clusters} combinations saving {digs} digs.</source>
        <translation>{pairs} combineerbare paren, {clusters} combinaties die {digs} keer graven besparen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="29"/>
        <source>Detect conflicting works</source>
        <translation>Conflicterende werken zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="55"/>
        <source>Maximum distance for digging after paving (m)</source>
        <translation>Grootste afstand voor graven na bestraten (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="180"/>
        <source>No digging after new paving for (years)</source>
        <translation>Opbreekverbod na nieuwe bestrating (jaar)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="180"/>
        <source>Maximum distance between road closures (m)</source>
        <translation>Grootste afstand tussen wegafsluitingen (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="180"/>
        <source>Maximum distance between an event and works (m)</source>
        <translation>Grootste afstand tussen een evenement en werken (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="64"/>
        <source>Number of conflicts</source>
        <translation>Aantal conflicten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="82"/>
        <source>{kind}: {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="59"/>
        <source>Export council map (PDF)</source>
        <translation>Raadskaart exporteren (PDF)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="62"/>
        <source>Council maps</source>
        <translation>Raadskaarten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="100"/>
        <source>Combinations (from &apos;Detect combinable works&apos;)</source>
        <translation>Combinaties (uit 'Combineerbare werken zoeken')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="106"/>
        <source>Conflicts (from &apos;Detect conflicts&apos;)</source>
        <translation>Conflicten (uit 'Conflicterende werken zoeken')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/period.py" line="53"/>
        <source>Period from (empty: today)</source>
        <translation>Periode vanaf (leeg: vandaag)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/period.py" line="53"/>
        <source>Period until (empty: 24 months after the start)</source>
        <translation>Periode tot en met (leeg: 24 maanden na het begin)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="131"/>
        <source>Districts without works in the period</source>
        <translation>Wijken zonder werken in de periode</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="131"/>
        <source>Skip them (they are named on the cover)</source>
        <translation>Overslaan (ze worden op het voorblad genoemd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="131"/>
        <source>Give them a page saying no works are planned</source>
        <translation>Een pagina geven die meldt dat er geen werken gepland zijn</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="149"/>
        <source>Context layers drawn under the works (e.g. neighbourhoods)</source>
        <translation>Achtergrondlagen onder de werken (bijv. buurten)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="153"/>
        <source>Layout template (a .qpt made from KIP&apos;s council map)</source>
        <translation>Opmaaksjabloon (een .qpt gemaakt van de raadskaart van KIP)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="160"/>
        <source>Council map (PDF)</source>
        <translation>Raadskaart (PDF)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="75"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/period.py" line="40"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>'{value}' is geen datum (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="210"/>
        <source>Writing {pages} pages…</source>
        <translation>{pages} pagina's schrijven…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="214"/>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>{pages} pagina's geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="35"/>
        <source>Export works for partners</source>
        <translation>Werken exporteren voor partners</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="50"/>
        <source>Only these parties (codes)</source>
        <translation>Alleen deze partijen (codes)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="51"/>
        <source>Include cancelled works</source>
        <translation>Vervallen werken meenemen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="52"/>
        <source>CSV separator</source>
        <translation>Scheidingsteken CSV</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="52"/>
        <source>Semicolon (Dutch Excel)</source>
        <translation>Puntkomma (Nederlandse Excel)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="52"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="57"/>
        <source>Export file</source>
        <translation>Exportbestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="57"/>
        <source>GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoJSON (*.geojson);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="60"/>
        <source>Works exported</source>
        <translation>Werken geëxporteerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/export.py" line="66"/>
        <source>Choose a file ending in .geojson or .csv, not &apos;{name}&apos;.</source>
        <translation>Kies een bestand dat eindigt op .geojson of .csv, niet '{name}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/export.py" line="71"/>
        <source>Unknown parties: {codes}; this KIP has: {known}.</source>
        <translation>Onbekende partijen: {codes}; deze KIP heeft: {known}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="71"/>
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
        <location filename="../kip_plugin/processing/import_common.py" line="61"/>
        <source>The KIP store &apos;{path}&apos; is read-only; nothing was imported.</source>
        <translation>De KIP-opslag '{path}' is alleen-lezen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="70"/>
        <source>&apos;{code}&apos; is not a department or partner of this KIP; use one of: {codes} (or add it first).</source>
        <translation>'{code}' is geen afdeling of partner van deze KIP; gebruik een van: {codes} (of voeg hem eerst toe).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="101"/>
        <source>Department or partner (code)</source>
        <translation>Afdeling of partner (code)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="114"/>
        <source>Replace mode: mark works missing from the delivery as cancelled</source>
        <translation>Vervangen: werken die in de levering ontbreken op vervallen zetten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>Rows read</source>
        <translation>Rijen gelezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="132"/>
        <source>No longer delivered</source>
        <translation>Niet meer aangeleverd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="138"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="149"/>
        <source>The import was cancelled; nothing was written to the KIP.</source>
        <translation>De import is afgebroken; er is niets in de KIP geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/utility_links.py" line="106"/>
        <source>Nothing was imported: {error}</source>
        <translation>Er is niets geïmporteerd: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="176"/>
        <source>Row {row}: {reason}</source>
        <translation>Rij {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="178"/>
        <source>… and {n} more rejected rows: see the rejected layer.</source>
        <translation>… en nog {n} afgewezen rijen: zie de laag met afgewezen rijen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="38"/>
        <source>Import road works (DATEX II)</source>
        <translation>Wegwerkzaamheden importeren (DATEX II)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="41"/>
        <source>Imports road-works situations from a DATEX II publication (version 3 or 2), the format of the Dutch national road-works platform.

Each situation record (or each situation, if you choose) becomes a work: its id, its period (overall start and end), its location (WGS 84 lines and points, buffered to work areas), whether it closes the road, and its disruption. Records located only by an Alert-C code, without coordinates, are rejected with the reason. With an extent, records outside it are rejected as outside the area.
OWNER: the party the road works belong to (add it first, e.g. &apos;rijkswaterstaat&apos;).</source>
        <translation>Importeert situaties van wegwerkzaamheden uit een DATEX II-publicatie (versie 3 of 2), het formaat van het landelijke platform voor wegwerkzaamheden.

Elk situatierecord (of elke situatie, als je dat kiest) wordt een werk: het id, de periode (algemeen begin en einde), de locatie (lijnen en punten in WGS 84, gebufferd tot werkgebieden), of de weg wordt afgesloten, en de hinder. Records die alleen met een Alert-C-code zijn gelokaliseerd, zonder coördinaten, worden met de reden afgewezen. Met een gebied worden records daarbuiten afgewezen als buiten het gebied.
OWNER: de partij waar de wegwerkzaamheden bij horen (voeg die eerst toe, bijv. 'rijkswaterstaat').</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="52"/>
        <source>DATEX II publication</source>
        <translation>DATEX II-publicatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="52"/>
        <source>DATEX II (*.xml);;All files (*)</source>
        <translation>DATEX II (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="60"/>
        <source>One work per</source>
        <translation>Eén werk per</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="60"/>
        <source>Situation record</source>
        <translation>Situatierecord</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="60"/>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="65"/>
        <source>Width of work areas along roads (m)</source>
        <translation>Breedte van werkgebieden langs wegen (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="120"/>
        <source>Width of work areas around points (m)</source>
        <translation>Breedte van werkgebieden rond punten (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="73"/>
        <source>Only records within</source>
        <translation>Alleen records binnen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2_input.py" line="42"/>
        <source>&apos;{path}&apos;: {problem}</source>
        <translation>'{path}': {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2_input.py" line="46"/>
        <source>The publication holds no situation records; nothing was imported.</source>
        <translation>De publicatie bevat geen situatierecords; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_datex2.py" line="83"/>
        <source>{n} records read.</source>
        <translation>{n} records gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2_input.py" line="91"/>
        <source>The coordinates &apos;{text}&apos; cannot be read.</source>
        <translation>De coördinaten '{text}' kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2_input.py" line="96"/>
        <source>The record gives its location only as Alert-C location code(s) {codes}, without coordinates; KIP cannot place it on the map.</source>
        <translation>Het record geeft zijn locatie alleen als Alert-C-locatiecode(s) {codes}, zonder coördinaten; KIP kan het niet op de kaart plaatsen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2_input.py" line="102"/>
        <source>The record lies outside the chosen extent.</source>
        <translation>Het record ligt buiten het gekozen gebied.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/datex2_input.py" line="104"/>
        <source>The record has no id.</source>
        <translation>Het record heeft geen id.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="98"/>
        <source>Delivery (file, or id of a project layer)</source>
        <translation>Levering (bestand, of id van een laag in het project)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="98"/>
        <source>Plans (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg *.kml *.gml);;All files (*)</source>
        <translation>Planningen (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg *.kml *.gml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="110"/>
        <source>Field mapping</source>
        <translation>Veldkoppeling</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="111"/>
        <source>Save the mapping for this party</source>
        <translation>De koppeling voor deze partij opslaan</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="112"/>
        <source>Date formats (empty: recognise)</source>
        <translation>Datumformaten (leeg: herkennen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="114"/>
        <source>Unknown code values</source>
        <translation>Onbekende codewaarden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="114"/>
        <source>Reject the row</source>
        <translation>De rij afwijzen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="114"/>
        <source>Use &apos;other&apos; / &apos;planned&apos; / empty</source>
        <translation>'overig' / 'gepland' / leeg gebruiken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="120"/>
        <source>Width of work areas along lines (m)</source>
        <translation>Breedte van werkgebieden langs lijnen (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="125"/>
        <source>Widths per work type (m)</source>
        <translation>Breedtes per soort werk (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="131"/>
        <source>CRS of the delivery (empty: the file&apos;s own)</source>
        <translation>CRS van de levering (leeg: dat van het bestand)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="132"/>
        <source>Work id prefix</source>
        <translation>Voorvoegsel werk-id</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="148"/>
        <source>Using the mapping saved for &apos;{owner}&apos;.</source>
        <translation>De opgeslagen koppeling voor '{owner}' wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="151"/>
        <source>No mapping given; recognised from the field names: {mapping}</source>
        <translation>Geen koppeling opgegeven; herkend aan de veldnamen: {mapping}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="282"/>
        <source>The mapping gives no source for {fields}; every work needs a start and an end date. The source has the fields: {available}.</source>
        <translation>De koppeling geeft geen bron voor {fields}; elk werk heeft een begin- en een einddatum nodig. De bron heeft de velden: {available}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="288"/>
        <source>Replace mode matches works on their id: map a source field to work_id.</source>
        <translation>Vervangen koppelt werken op hun id: koppel een bronveld aan work_id.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="270"/>
        <source>The delivery &apos;{source}&apos; has no rows; nothing was imported.</source>
        <translation>De levering '{source}' heeft geen rijen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="96"/>
        <source>The KIP store is read-only; nothing was imported.</source>
        <translation>De KIP-opslag is alleen-lezen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="112"/>
        <source>The KIP store cannot write in one transaction; nothing was imported.</source>
        <translation>De KIP-opslag kan niet in één transactie schrijven; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="35"/>
        <source>Could not start writing to the KIP store: {error}</source>
        <translation>Kon niet beginnen met schrijven naar de KIP-opslag: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="123"/>
        <source>The works of the KIP store cannot be edited.</source>
        <translation>De werken van de KIP-opslag kunnen niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="128"/>
        <source>Could not save the import in the KIP store: {error}</source>
        <translation>Kon de import niet in de KIP-opslag opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis.py" line="122"/>
        <source>The analysis stopped in &apos;{algorithm}&apos;.</source>
        <translation>De analyse is gestopt in '{algorithm}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/analysis.py" line="215"/>
        <source>The analysis failed; see the KIP log.</source>
        <translation>De analyse is mislukt; zie het KIP-logboek.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/works_data.py" line="199"/>
        <source>Left out of the council map: {problem}</source>
        <translation>Niet op de raadskaart: {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="46"/>
        <source>Contact for residents</source>
        <translation>Contact voor bewoners</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="33"/>
        <source>e.g. 0318 123 456 or www.example.nl/works</source>
        <translation>bijv. 0318 123 456 of www.voorbeeld.nl/werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="34"/>
        <source>Shown to residents in the resident view and the letters; never a colleague&apos;s own phone or e-mail.</source>
        <translation>Bewoners zien dit in de bewonerskaart en de brieven; nooit het eigen telefoonnummer of e-mailadres van een collega.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="39"/>
        <source>This KIP store was made by an older KIP and has no field for it yet.</source>
        <translation>Deze KIP-opslag is met een oudere KIP gemaakt en heeft hier nog geen veld voor.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/cover_disruption.py" line="33"/>
        <source>Disruption for residents in this period: {with} disruption-days when combinable works are carried out together, {without} when each is carried out on its own.</source>
        <translation>Hinder voor bewoners in deze periode: {with} hinderdagen als te combineren werkzaamheden samen worden uitgevoerd, {without} als elk werk apart wordt uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/cover_disruption.py" line="51"/>
        <source>The disruption for residents is not on the cover: {error}</source>
        <translation>De hinder voor bewoners staat niet op het voorblad: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="182"/>
        <source>Disruption per neighbourhood</source>
        <translation>Hinder per buurt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="65"/>
        <source>Counts the disruption residents have from the works in each neighbourhood, per year of the period: disruption-days, days of works weighted by their disruption class (low 0.5, medium 1, high 2, none 0).

&apos;disruption_days&apos; counts works that can be combined as one: the detection finds them among the works in the period, they run together and on each day the heaviest work sets the weight. &apos;disruption_days_without_combining&apos; counts every work on its own; the difference is what combining saves residents. &apos;works&apos; is the number of works in the neighbourhood that year.

Only works that are not done or cancelled count, and only their days inside the period (by default from today to 24 months later). A work counts in every neighbourhood its area overlaps. With a street layer, the same figures per street are written too. The layers are styled from light to dark and show one year at a time in the Temporal Controller.</source>
        <translation>Telt de hinder die bewoners in elke buurt van de werkzaamheden hebben, per jaar van de periode: hinderdagen, dagen met werkzaamheden gewogen naar hun hinderklasse (laag 0,5, middel 1, hoog 2, geen 0).

'disruption_days' telt werkzaamheden die te combineren zijn als één: de detectie vindt ze onder de werkzaamheden in de periode, ze lopen tegelijk en op elke dag bepaalt het zwaarste werk het gewicht. 'disruption_days_without_combining' telt elk werk apart; het verschil is wat combineren de bewoners bespaart. 'works' is het aantal werkzaamheden in de buurt in dat jaar.

Alleen werkzaamheden die niet gereed of vervallen zijn tellen mee, en alleen hun dagen binnen de periode (standaard van vandaag tot 24 maanden later). Een werk telt mee in elke buurt die het raakt. Met een stratenlaag worden dezelfde cijfers ook per straat geschreven. De lagen kleuren van licht naar donker en tonen in de tijdbeheerder één jaar tegelijk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="157"/>
        <source>Disruption per street</source>
        <translation>Hinder per straat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="101"/>
        <source>Choose a layer of neighbourhoods.</source>
        <translation>Kies een laag met buurten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="104"/>
        <source>Disruption per street needs a street layer (STREETS).</source>
        <translation>Hinder per straat vraagt een stratenlaag (STREETS).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="107"/>
        <source>The neighbourhood layer holds no named polygons.</source>
        <translation>De buurtenlaag bevat geen vlakken met een naam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="109"/>
        <source>Counting disruption-days…</source>
        <translation>Hinderdagen tellen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/disruption_summary.py" line="133"/>
        <source>{total} disruption-days in the neighbourhoods; combining saves {saved}.</source>
        <translation>{total} hinderdagen in de buurten; combineren bespaart er {saved}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="37"/>
        <source>Export road works (DATEX II)</source>
        <translation>Wegwerkzaamheden exporteren (DATEX II)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="40"/>
        <source>Writes the works that are not done or cancelled as a DATEX II (version 3) situation publication, the format in which the Dutch national road-works platform (NDW, Melvin) exchanges road works and events.

Each work is a situation with one record: a road closure when the work closes the road, otherwise maintenance or construction works or a public event. The record holds the period, the disruption as severity, the status as probability (idea: risk of, planned: probable, in preparation or execution: certain), the title and party as public comment, and the location in WGS 84: a line along the middle of a long, narrow work, or a point inside any other. The municipality is the source of every record (SOURCE; empty: the KIP&apos;s title) and the supplier of the publication (SUPPLIER, e.g. its NDW supplier code). Works that can be combined refer to each other as related situations. Only public fields are written.

PARTIES: codes separated by commas (empty: all). The file can be read again with &apos;Import road works (DATEX II)&apos;.</source>
        <translation>Schrijft de werkzaamheden die niet gereed of vervallen zijn als DATEX II-situatiepublicatie (versie 3), het formaat waarin het Nationaal Dataportaal Wegverkeer (NDW, Melvin) wegwerkzaamheden en evenementen uitwisselt.

Elk werk is een situatie met één record: een wegafsluiting als het werk de weg afsluit, anders onderhouds- of bouwwerkzaamheden of een evenement. Het record bevat de periode, de hinder als ernst, de status als waarschijnlijkheid (idee: risico op, gepland: waarschijnlijk, in voorbereiding of uitvoering: zeker), titel en partij als publieke toelichting, en de locatie in WGS 84: een lijn door het midden van een lang, smal werk, of een punt in elk ander werk. De gemeente is de bron van elk record (SOURCE; leeg: de titel van de KIP) en de leverancier van de publicatie (SUPPLIER, bijv. haar NDW-leverancierscode). Werkzaamheden die te combineren zijn, verwijzen naar elkaar als verwante situaties. Alleen openbare velden worden geschreven.

PARTIES: codes gescheiden door komma's (leeg: alle). Het bestand is weer in te lezen met 'Wegwerkzaamheden importeren (DATEX II)'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="57"/>
        <source>Source: the municipality (empty: the KIP&apos;s title)</source>
        <translation>Bron: de gemeente (leeg: de titel van de KIP)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="59"/>
        <source>Supplier code (national identifier)</source>
        <translation>Leverancierscode (nationale identificatie)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="64"/>
        <source>DATEX II (*.xml)</source>
        <translation>DATEX II (*.xml)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="80"/>
        <source>Choose a file ending in .xml, not &apos;{name}&apos;.</source>
        <translation>Kies een bestand dat eindigt op .xml, niet '{name}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="99"/>
        <source>Finding works that can be combined…</source>
        <translation>Werkzaamheden zoeken die te combineren zijn…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_datex2.py" line="118"/>
        <source>{n} works written to &apos;{path}&apos; ({combined} of them with related works).</source>
        <translation>{n} werkzaamheden geschreven naar '{path}' ({combined} daarvan met verwante werkzaamheden).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="36"/>
        <source>Export letters to residents (PDF)</source>
        <translation>Bewonersbrieven exporteren (PDF)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="39"/>
        <source>Writes one PDF with a letter for every street with works in the period (a bewonersbrief): a small map of the street with its works, and a table of what is done, by whom, when, what residents will notice (road closure, digging, disruption) and whom they can ask (the party&apos;s contact for residents). Works that can be combined are one row with one period.

STREETS: road sections with a street name; sections with the same name that touch form one street (optional neighbourhoods tell streets of the same name apart). The period runs from START (empty: today) to END (empty: 24 months later).

TEMPLATE: a layout template (.qpt) made from KIP&apos;s letter template; open resources/layouts/resident_letter_a4.qpt in the layout designer, change the texts, logo and layout, and save it as a template of your own. KIP fills the map &apos;kip_letter_map&apos; and the table &apos;kip_letter_table&apos;; the texts come from the letter&apos;s fields (street, address, subject, body, closing, footer).</source>
        <translation>Schrijft één PDF met een brief voor elke straat met werkzaamheden in de periode (een bewonersbrief): een kaartje van de straat met de werkzaamheden, en een tabel met wat er gebeurt, door wie, wanneer, wat bewoners merken (afsluiting, graafwerk, hinder) en bij wie ze terechtkunnen (het contact voor bewoners van de partij). Werkzaamheden die te combineren zijn, staan op één regel met één periode.

STREETS: wegvakken met een straatnaam; wegvakken met dezelfde naam die elkaar raken vormen één straat (met buurten erbij zijn straten met dezelfde naam uit elkaar te houden). De periode loopt van START (leeg: vandaag) tot END (leeg: 24 maanden later).

TEMPLATE: een opmaaksjabloon (.qpt) gemaakt van het briefsjabloon van KIP; open resources/layouts/resident_letter_a4.qpt in de opmaakbeheerder, pas teksten, logo en opmaak aan en bewaar het als eigen sjabloon. KIP vult de kaart 'kip_letter_map' en de tabel 'kip_letter_table'; de teksten komen uit de velden van de brief (street, address, subject, body, closing, footer).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="61"/>
        <source>Letter template (empty: KIP&apos;s letter)</source>
        <translation>Briefsjabloon (leeg: de brief van KIP)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="68"/>
        <source>Sender (empty: the KIP&apos;s title)</source>
        <translation>Afzender (leeg: de titel van de KIP)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="72"/>
        <source>Letters (PDF)</source>
        <translation>Brieven (PDF)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="84"/>
        <source>Choose a file name ending in .pdf for the letters.</source>
        <translation>Kies voor de brieven een bestandsnaam die eindigt op .pdf.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="86"/>
        <source>Choose a layer of streets: the letters go to the streets with works.</source>
        <translation>Kies een stratenlaag: de brieven gaan naar de straten met werkzaamheden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="97"/>
        <source>Writing {n} letters…</source>
        <translation>{n} brieven schrijven…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_letters.py" line="101"/>
        <source>Wrote {n} letters, one per street with works, to {path}.</source>
        <translation>{n} brieven geschreven, één per straat met werkzaamheden, in {path}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="35"/>
        <source>Export resident view (web page)</source>
        <translation>Bewonerskaart exporteren (webpagina)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="38"/>
        <source>Writes a folder with a web page for residents: a map of the works in the period with a date slider and a search by street and neighbourhood, a page per neighbourhood and per street with works, an iCalendar file (.ics) per street, and a GeoJSON feed of the same works. Open index.html from the folder, or put the folder on any web server: it needs no server code and loads nothing from the internet (the map library Leaflet is included with its licence; the streets and neighbourhoods are drawn from your layers, without background map).

Works that can be combined are shown as one event with one period. Only public fields are published: title, type, party, period, disruption, road closure, digging and the party&apos;s contact for residents. Budgets, descriptions and the works&apos; contact field are never read.

STREETS: road sections with a street name (e.g. BGT or NWB); sections with the same name that touch form one street. AREAS: neighbourhoods. The period runs from START (empty: today) to END (empty: 24 months later). LANGUAGE: Dutch or English. An existing folder is only replaced when KIP wrote it.</source>
        <translation>Schrijft een map met een webpagina voor bewoners: een kaart van de werkzaamheden in de periode met een datumschuif en zoeken op straat en buurt, een pagina per buurt en per straat met werkzaamheden, een iCalendar-bestand (.ics) per straat en een GeoJSON-feed van dezelfde werkzaamheden. Open index.html uit de map, of zet de map op een gewone webserver: er is geen servercode nodig en er wordt niets van internet geladen (de kaartbibliotheek Leaflet zit erbij met haar licentie; straten en buurten komen uit uw eigen lagen, zonder achtergrondkaart).

Werkzaamheden die te combineren zijn, staan er als één gebeurtenis met één periode. Alleen openbare velden worden gepubliceerd: titel, soort, partij, periode, hinder, afsluiting, graafwerk en het contact voor bewoners van de partij. Budgetten, omschrijvingen en het contactveld van de werkzaamheden worden nooit gelezen.

STREETS: wegvakken met een straatnaam (bijv. BGT of NWB); wegvakken met dezelfde naam die elkaar raken vormen één straat. AREAS: buurten. De periode loopt van START (leeg: vandaag) tot END (leeg: 24 maanden later). LANGUAGE: Nederlands of Engels. Een bestaande map wordt alleen vervangen als KIP die schreef.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="59"/>
        <source>Title (empty: &apos;Works in public space&apos;)</source>
        <translation>Titel (leeg: 'Werkzaamheden in de openbare ruimte')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="60"/>
        <source>Source of the streets and neighbourhoods, shown under the map</source>
        <translation>Bron van de straten en buurten, onder de kaart getoond</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="66"/>
        <source>Folder for the resident view</source>
        <translation>Map voor de bewonerskaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="67"/>
        <source>Map page (index.html)</source>
        <translation>Kaartpagina (index.html)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="68"/>
        <source>Works and combinations shown</source>
        <translation>Getoonde werkzaamheden en combinaties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="69"/>
        <source>Street pages</source>
        <translation>Straatpagina’s</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="82"/>
        <source>Writing the resident view…</source>
        <translation>Bewonerskaart schrijven…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_resident_view.py" line="93"/>
        <source>Wrote the resident view to {folder}: {events} works and combinations, {streets} street pages, {areas} neighbourhood pages. Open {index}.</source>
        <translation>Bewonerskaart geschreven in {folder}: {events} werkzaamheden en combinaties, {streets} straatpagina’s, {areas} buurtpagina’s. Open {index}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="42"/>
        <source>Streets (road sections, e.g. BGT or NWB)</source>
        <translation>Straten (wegvakken, bijv. BGT of NWB)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="48"/>
        <source>Street name field (empty: found by its name)</source>
        <translation>Veld met de straatnaam (leeg: op naam gevonden)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="62"/>
        <source>Neighbourhood name field (empty: found by its name)</source>
        <translation>Veld met de buurtnaam (leeg: op naam gevonden)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="71"/>
        <source>Language (nl: Dutch, en: English)</source>
        <translation>Taal (nl: Nederlands, en: Engels)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="115"/>
        <source>Finding combined works…</source>
        <translation>Gecombineerde werkzaamheden zoeken…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/residents_common.py" line="125"/>
        <source>{works} works in the period {start} – {end}, seen by residents as {events} events ({combined} combined).</source>
        <translation>{works} werkzaamheden in de periode {start} – {end}, voor bewoners {events} gebeurtenissen ({combined} gecombineerd).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/folder.py" line="17"/>
        <source>Choose a folder for the resident view.</source>
        <translation>Kies een map voor de bewonerskaart.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/folder.py" line="20"/>
        <source>&apos;{path}&apos; is a file; choose a folder for the resident view.</source>
        <translation>'{path}' is een bestand; kies een map voor de bewonerskaart.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/folder.py" line="24"/>
        <source>The folder &apos;{path}&apos; holds other files; choose an empty folder or one KIP wrote a resident view in before.</source>
        <translation>De map '{path}' bevat andere bestanden; kies een lege map of een map waarin KIP eerder een bewonerskaart schreef.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/folder.py" line="35"/>
        <source>Cannot write in &apos;{path}&apos;: {reason}</source>
        <translation>Kan niet schrijven in '{path}': {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="57"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Its fields are: {fields}.</source>
        <translation>De laag '{layer}' heeft geen veld '{field}'. De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="68"/>
        <source>The layer &apos;{layer}&apos; has no text field to take the names from.</source>
        <translation>De laag '{layer}' heeft geen tekstveld om de namen uit te halen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="89"/>
        <source>lines</source>
        <translation>lijnen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="89"/>
        <source>polygons</source>
        <translation>vlakken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="90"/>
        <source>The layer &apos;{layer}&apos; must hold {kind}.</source>
        <translation>De laag '{layer}' moet {kind} bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="109"/>
        <source>&apos;{layer}&apos; feature {fid}: no name in &apos;{field}&apos;.</source>
        <translation>'{layer}' object {fid}: geen naam in '{field}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/inputs.py" line="112"/>
        <source>&apos;{layer}&apos; feature {fid} (&apos;{name}&apos;): no geometry.</source>
        <translation>'{layer}' object {fid} ('{name}'): geen geometrie.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="59"/>
        <source>Dear resident,</source>
        <translation>Beste bewoner,</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="61"/>
        <source>Between {start} and {end} works are planned in {street}. The map shows where; the table below shows what is done, by whom and when, what you will notice and whom you can ask.</source>
        <translation>Tussen {start} en {end} zijn er werkzaamheden gepland in {street}. Op de kaart ziet u waar; in de tabel hieronder ziet u wat er gebeurt, door wie en wanneer, wat u ervan merkt en bij wie u terechtkunt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="66"/>
        <source>Works marked as carried out together are done at the same time, so that you have works in your street once instead of several times.</source>
        <translation>Werkzaamheden die samen worden uitgevoerd, gebeuren tegelijk: zo heeft u één keer werkzaamheden in uw straat in plaats van meerdere keren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="73"/>
        <source>To the residents and users of
{street}</source>
        <translation>Aan de bewoners en gebruikers van
{street}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="74"/>
        <source>Works in your street: {street}</source>
        <translation>Werkzaamheden in uw straat: {street}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="76"/>
        <source>The street is drawn in blue; works are coloured by disruption: yellow low, orange medium, red high; works carried out together have a dashed purple outline.</source>
        <translation>Uw straat is blauw getekend; de werkzaamheden hebben de kleur van hun hinder: geel weinig, oranje enige, rood veel; samen uitgevoerde werkzaamheden hebben een gestreepte paarse rand.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="78"/>
        <source>Plans may still change. Please contact the party named in the table with any questions.

Kind regards,
{sender}</source>
        <translation>Plannen kunnen nog veranderen. Heeft u vragen, neem dan contact op met de partij die in de tabel staat.

Met vriendelijke groet,
{sender}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="30"/>
        <source>Made with KIP, the map for integrated planning, on {date}.</source>
        <translation>Gemaakt met KIP, de kaart voor integrale planning, op {date}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="108"/>
        <source>{works} (carried out together)</source>
        <translation>{works} (samen uitgevoerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="153"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="75"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="160"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="76"/>
        <source>What you will notice</source>
        <translation>Wat merkt u</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="77"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="159"/>
        <source>Letters to residents</source>
        <translation>Bewonersbrieven</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letter_data.py" line="164"/>
        <source>No works</source>
        <translation>Geen werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letters.py" line="41"/>
        <source>The layout template &apos;{path}&apos; lacks the items {ids}; start from KIP&apos;s letter template.</source>
        <translation>Het opmaaksjabloon '{path}' mist de items {ids}; begin met het briefsjabloon van KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letters.py" line="52"/>
        <source>No street has works in this period; there are no letters to write.</source>
        <translation>Geen enkele straat heeft werkzaamheden in deze periode; er zijn geen brieven te schrijven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letters.py" line="97"/>
        <source>The item &apos;{id}&apos; of the letter template must be an attribute table.</source>
        <translation>Het item '{id}' van het briefsjabloon moet een attribuuttabel zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/letters.py" line="138"/>
        <source>Could not write the letters to &apos;{path}&apos;: {error}</source>
        <translation>Kon de brieven niet schrijven naar '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site.py" line="55"/>
        <source>Works in public space</source>
        <translation>Werkzaamheden in de openbare ruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site.py" line="80"/>
        <source>Questions: {contact}</source>
        <translation>Vragen: {contact}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="220"/>
        <source>Works in {street}</source>
        <translation>Werkzaamheden in {street}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="161"/>
        <source>The whole period ({period})</source>
        <translation>De hele periode ({period})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="148"/>
        <source>{n} works on the map</source>
        <translation>{n} werkzaamheden op de kaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="149"/>
        <source>1 work on the map</source>
        <translation>1 werk op de kaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="150"/>
        <source>No works on the map in this month</source>
        <translation>Geen werkzaamheden op de kaart in deze maand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="151"/>
        <source>No street or neighbourhood found for &apos;{query}&apos;.</source>
        <translation>Geen straat of buurt gevonden voor '{query}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="152"/>
        <source>No works are planned in {place} in this period.</source>
        <translation>In {place} zijn in deze periode geen werkzaamheden gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="153"/>
        <source>Found:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="154"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="155"/>
        <source>neighbourhood</source>
        <translation>buurt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="156"/>
        <source>More about this street</source>
        <translation>Meer over deze straat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="150"/>
        <source>Map of the works; the same works are listed below the map</source>
        <translation>Kaart van de werkzaamheden; dezelfde werkzaamheden staan in de lijst onder de kaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="158"/>
        <source>Show on the map</source>
        <translation>Toon op de kaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="85"/>
        <source>Carried out together</source>
        <translation>Samen uitgevoerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="160"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_data.py" line="161"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="29"/>
        <source>Skip to the content</source>
        <translation>Naar de inhoud</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="31"/>
        <source>All works as GeoJSON</source>
        <translation>Alle werkzaamheden als GeoJSON</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="32"/>
        <source>Map made with Leaflet (BSD licence)</source>
        <translation>Kaart gemaakt met Leaflet (BSD-licentie)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="158"/>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="113"/>
        <source>Disruption-days</source>
        <translation>Hinderdagen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="113"/>
        <source>Without combining</source>
        <translation>Zonder combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="113"/>
        <source>Saved by combining</source>
        <translation>Bespaard door combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="128"/>
        <source>A disruption-day is a day of works, weighted by how much residents notice it: a day of high disruption counts twice, low half, none not at all. Works carried out together count once.</source>
        <translation>Een hinderdag is een dag met werkzaamheden, gewogen naar hoeveel bewoners ervan merken: een dag met veel hinder telt dubbel, weinig hinder half, geen hinder niet. Werkzaamheden die samen worden uitgevoerd tellen één keer.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="137"/>
        <source>High disruption</source>
        <translation>Veel hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="137"/>
        <source>Medium disruption</source>
        <translation>Enige hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="138"/>
        <source>Low disruption</source>
        <translation>Weinig hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/styles.py" line="53"/>
        <source>No disruption</source>
        <translation>Geen hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="141"/>
        <source>Works carried out together</source>
        <translation>Samen uitgevoerde werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="141"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="159"/>
        <source>Search and filter</source>
        <translation>Zoeken en filteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="159"/>
        <source>Find your street or neighbourhood</source>
        <translation>Zoek uw straat of buurt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="160"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="183"/>
        <source>Disruption-days in this period</source>
        <translation>Hinderdagen in deze periode</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="216"/>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="186"/>
        <source>No works are planned in this period.</source>
        <translation>In deze periode zijn geen werkzaamheden gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="245"/>
        <source>Planned works, {period}</source>
        <translation>Geplande werkzaamheden, {period}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="199"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="200"/>
        <source>Back to the map of all works</source>
        <translation>Terug naar de kaart met alle werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="218"/>
        <source>Add these works to your calendar (.ics)</source>
        <translation>Zet deze werkzaamheden in uw agenda (.ics)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="220"/>
        <source>No works are planned in this street in this period.</source>
        <translation>In deze straat zijn in deze periode geen werkzaamheden gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="220"/>
        <source>Disruption-days in this street</source>
        <translation>Hinderdagen in deze straat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="237"/>
        <source>Streets with works</source>
        <translation>Straten met werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="240"/>
        <source>Works in {area}</source>
        <translation>Werkzaamheden in {area}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="240"/>
        <source>No works are planned in this neighbourhood in this period.</source>
        <translation>In deze buurt zijn in deze periode geen werkzaamheden gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/site_pages.py" line="240"/>
        <source>Disruption-days in this neighbourhood</source>
        <translation>Hinderdagen in deze buurt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/styles.py" line="56"/>
        <source>{low} – {high} disruption-days</source>
        <translation>{low} – {high} hinderdagen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/styles.py" line="73"/>
        <source>{with} disruption-days, {without} without combining</source>
        <translation>{with} hinderdagen, {without} zonder combineren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/texts.py" line="21"/>
        <source>Disruption: {level}</source>
        <translation>Hinder: {level}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/texts.py" line="34"/>
        <source>{n} works at once: {titles}</source>
        <translation>{n} werkzaamheden tegelijk: {titles}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/texts.py" line="54"/>
        <source>These {n} works are carried out together: you have works in your street once, {days} days, instead of {n} times, {alone} days in all.</source>
        <translation>Deze {n} werkzaamheden worden samen uitgevoerd: u heeft één keer werkzaamheden in uw straat, {days} dagen, in plaats van {n} keer, samen {alone} dagen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/texts.py" line="65"/>
        <source>The road is closed to traffic</source>
        <translation>De weg is afgesloten voor verkeer</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/texts.py" line="67"/>
        <source>The street is dug open</source>
        <translation>De straat gaat open</translation>
    </message>
    <message>
        <location filename="../kip_plugin/residents/texts.py" line="97"/>
        <source>Still an idea: the dates may change.</source>
        <translation>Nog een idee: de data kunnen veranderen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="127"/>
        <source>The KIP store &apos;{path}&apos; was made by an older KIP and has no field &apos;{field}&apos; yet; add &apos;{code}&apos; without a contact for residents, or update the store first.</source>
        <translation>De KIP-opslag '{path}' is met een oudere KIP gemaakt en heeft nog geen veld '{field}'; voeg '{code}' toe zonder contact voor bewoners, of werk de opslag eerst bij.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="29"/>
        <source>Road section</source>
        <translation>Wegvak</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="30"/>
        <source>Sewer pipe</source>
        <translation>Rioolstreng</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="31"/>
        <source>Street light</source>
        <translation>Lichtmast</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="35"/>
        <source>Asphalt</source>
        <translation>Asfalt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="36"/>
        <source>Clinkers and pavers</source>
        <translation>Klinkers en betonstenen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="37"/>
        <source>Tiles</source>
        <translation>Tegels</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="38"/>
        <source>Concrete</source>
        <translation>Beton</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="39"/>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="40"/>
        <source>Vitrified clay</source>
        <translation>Gres</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="41"/>
        <source>Steel</source>
        <translation>Staal</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="42"/>
        <source>Aluminium</source>
        <translation>Aluminium</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="118"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be two whole numbers of years, the shortest first, like [12, 20].</source>
        <translation>Het regelbestand '{source}': '{key}' moet bestaan uit twee hele aantallen jaren, het kortste eerst, zoals [12, 20].</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="127"/>
        <source>The rule file &apos;{source}&apos;: unknown material &apos;{material}&apos;; use one of: {materials}.</source>
        <translation>Het regelbestand '{source}': onbekend materiaal '{material}'; gebruik een van: {materials}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/themes.py" line="77"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be an object.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een object zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="133"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; needs &apos;life_years&apos;.</source>
        <translation>Het regelbestand '{source}': '{key}' heeft 'life_years' nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="145"/>
        <source>The rule file &apos;{source}&apos;: unknown asset type &apos;{type}&apos;; use one of: {types}.</source>
        <translation>Het regelbestand '{source}': onbekende soort object '{type}'; gebruik een van: {types}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="149"/>
        <source>The rule file &apos;{source}&apos;: the unit of &apos;{type}&apos; must be one of: {units}.</source>
        <translation>Het regelbestand '{source}': de eenheid van '{type}' moet een van deze zijn: {units}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/assets.py" line="162"/>
        <source>The rule file &apos;{source}&apos;: the default material of &apos;{type}&apos; must be one of its materials.</source>
        <translation>Het regelbestand '{source}': het standaardmateriaal van '{type}' moet een van zijn materialen zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="167"/>
        <source>The file is not a GML feature collection: it starts with &lt;{tag}&gt;.</source>
        <translation>Het bestand is geen GML-featurecollectie: het begint met &lt;{tag}&gt;.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="197"/>
        <source>The route &apos;{id}&apos; has no geometry.</source>
        <translation>Het tracé '{id}' heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="202"/>
        <source>The route &apos;{id}&apos; cannot be read: {error}.</source>
        <translation>Het tracé '{id}' is niet te lezen: {error}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="239"/>
        <source>&apos;{name}&apos; is not readable XML: {error}.</source>
        <translation>'{name}' is geen leesbare XML: {error}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="241"/>
        <source>&apos;{name}&apos; holds no IMKL 2.0 features (namespace {namespace}); is it a KLIC delivery?</source>
        <translation>'{name}' bevat geen IMKL 2.0-objecten (namespace {namespace}); is het wel een KLIC-levering?</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="250"/>
        <source>The {type} &apos;{id}&apos; has no route (net:link).</source>
        <translation>De {type} '{id}' heeft geen tracé (net:link).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="255"/>
        <source>The {type} &apos;{id}&apos; refers to the route &apos;{link}&apos;, which the file does not hold.</source>
        <translation>De {type} '{id}' verwijst naar het tracé '{link}', dat niet in het bestand staat.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="271"/>
        <source>&apos;{name}&apos; mixes coordinate systems: EPSG {codes}.</source>
        <translation>'{name}' gebruikt verschillende coördinatenstelsels door elkaar: EPSG {codes}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="297"/>
        <source>&apos;{name}&apos; is not a readable zip file: {error}.</source>
        <translation>'{name}' is geen leesbaar zipbestand: {error}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/imkl.py" line="307"/>
        <source>&apos;{name}&apos; holds no IMKL 2.0 file with cables or pipes.</source>
        <translation>'{name}' bevat geen IMKL 2.0-bestand met kabels of leidingen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/money.py" line="65"/>
        <source>The rule file &apos;{source}&apos;: unknown surface &apos;{surface}&apos;; use one of: {surfaces}.</source>
        <translation>Het regelbestand '{source}': onbekende verharding '{surface}'; gebruik een van: {surfaces}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/money.py" line="73"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be one of the surfaces priced.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een van de geprijsde verhardingen zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/money.py" line="77"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be one of: {values}.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een van deze waarden zijn: {values}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="143"/>
        <source>Climate adaptation</source>
        <translation>Klimaatadaptatie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="144"/>
        <source>Heat transition</source>
        <translation>Warmtetransitie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="145"/>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="146"/>
        <source>Greening</source>
        <translation>Vergroening</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="53"/>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/subsurface.py" line="69"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a number above 0, and one of: {measures}.</source>
        <translation>Het regelbestand '{source}': '{key}' moet een getal boven 0 zijn, en een van: {measures}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/themes.py" line="82"/>
        <source>The rule file &apos;{source}&apos;: unknown theme &apos;{theme}&apos;; use one of: {themes}.</source>
        <translation>Het regelbestand '{source}': onbekend thema '{theme}'; gebruik een van: {themes}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="155"/>
        <source>project money {project}, maintenance money {maintenance}; one reinstatement saves {saving}</source>
        <translation>projectgeld {project}, beheergeld {maintenance}; één keer herstraten bespaart {saving}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_source.py" line="160"/>
        <source>proposed split: {split}</source>
        <translation>voorgestelde verdeling: {split}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="64"/>
        <source>Whose money</source>
        <translation>Wiens geld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="25"/>
        <source>€ {amount} mln</source>
        <translation>€ {amount} mln</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/text.py" line="16"/>
        <source>€ {amount}</source>
        <translation>€ {amount}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="37"/>
        <source>Project money {amount}</source>
        <translation>Projectgeld {amount}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="39"/>
        <source>Maintenance money {amount}</source>
        <translation>Beheergeld {amount}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="41"/>
        <source>Saved by combining {amount}</source>
        <translation>Bespaard door combineren {amount}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="59"/>
        <source>{touched} touched by works, {served} by works that serve it</source>
        <translation>{touched} geraakt door werken, {served} door werken die het dienen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="63"/>
        <source>{opportunities} opportunities, {contradictions} against it</source>
        <translation>{opportunities} kansen, {contradictions} ertegenin</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="67"/>
        <source>goal: {goal}</source>
        <translation>doel: {goal}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="79"/>
        <source>The theme layer &apos;{layer}&apos; has no field &apos;{field}&apos;; give the theme areas of &apos;Theme signals&apos;.</source>
        <translation>De themalaag '{layer}' heeft geen veld '{field}'; geef de themagebieden van 'Themasignalen'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="94"/>
        <source>Area {fid}</source>
        <translation>Gebied {fid}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="90"/>
        <source>Theme area &apos;{name}&apos; is left out: it has no shape.</source>
        <translation>Themagebied '{name}' is weggelaten: het heeft geen vorm.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/theme_pages.py" line="92"/>
        <source>{theme}: {name}</source>
        <translation>{theme}: {name}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="34"/>
        <source>Accept asset proposals</source>
        <translation>Voorstellen voor beheerobjecten aannemen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="37"/>
        <source>Turns the asset proposals of &apos;Asset opportunities&apos; whose &apos;decision&apos; field says &apos;renew&apos; or &apos;extend&apos; into works of the KIP: status idea, owned by the asset&apos;s owner, of the type that renews the asset, on the area the renewal takes.

Renew: planned in the period of the dig it joins. Extend: planned in the period of the next dig. The asset&apos;s renewal window (and the dig) is the work&apos;s flexibility, so that the detection and the schedule proposal can move it. The budget is maintenance money: the renewal cost, plus the extension for &apos;extend&apos;.

Accepting a proposal again updates the work made before (its id is the owner and the asset id). Proposals without a decision are left alone; proposals that cannot become a work are listed with the reason. Nothing is written unless all works can be written. STORE: the KIP (empty: the KIP of this project).</source>
        <translation>Maakt van de voorstellen van 'Kansen voor beheerobjecten' waarvan het veld 'decision' 'renew' (vervangen) of 'extend' (verlengen) zegt, werken van de KIP: status idee, van de eigenaar van het object, van de soort werk die het object vervangt, op het gebied dat de vervanging beslaat.

Vervangen: gepland in de periode van het graafwerk waarbij het aansluit. Verlengen: gepland in de periode van het volgende graafwerk. Het vervangingsvenster van het object (en het graafwerk) is de speelruimte van het werk, zodat de detectie en het planningsvoorstel het kunnen verschuiven. Het budget is beheergeld: de vervangingskosten, bij 'extend' plus de levensduurverlenging.

Een voorstel nogmaals aannemen werkt het eerder gemaakte werk bij (het id bestaat uit de eigenaar en het id van het object). Voorstellen zonder besluit blijven ongemoeid; voorstellen die geen werk kunnen worden staan met de reden in het logboek. Er wordt niets geschreven tenzij alle werken geschreven kunnen worden. STORE: de KIP (leeg: de KIP van dit project).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="50"/>
        <source>Asset opportunities (with decisions)</source>
        <translation>Kansen voor beheerobjecten (met besluiten)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="53"/>
        <source>Works added</source>
        <translation>Werken toegevoegd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="54"/>
        <source>Works updated</source>
        <translation>Werken bijgewerkt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="55"/>
        <source>Proposals that could not be accepted</source>
        <translation>Voorstellen die niet aangenomen konden worden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="64"/>
        <source>Choose the asset opportunities layer.</source>
        <translation>Kies de laag met kansen voor beheerobjecten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="68"/>
        <source>The layer &apos;{layer}&apos; is not an output of &apos;Asset opportunities&apos;: it has no field &apos;{field}&apos;.</source>
        <translation>De laag '{layer}' is geen uitvoer van 'Kansen voor beheerobjecten': hij heeft geen veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="84"/>
        <source>Proposal {id} (asset &apos;{asset}&apos;)</source>
        <translation>Voorstel {id} (object '{asset}')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="88"/>
        <source>its owner &apos;{owner}&apos; is not a department or partner of this KIP</source>
        <translation>de eigenaar '{owner}' is geen afdeling of partner van deze KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="111"/>
        <source>Cancelled; no work was written.</source>
        <translation>Afgebroken; er is geen werk geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="122"/>
        <source>could not add &apos;{id}&apos;</source>
        <translation>kon '{id}' niet toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="132"/>
        <source>No work was written: {error}</source>
        <translation>Er is geen werk geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/accept_asset_proposals.py" line="133"/>
        <source>{added} works added and {updated} updated (status idea); {skipped} proposals could not be accepted.</source>
        <translation>{added} werken toegevoegd en {updated} bijgewerkt (status idee); {skipped} voorstellen konden niet worden aangenomen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="41"/>
        <source>Asset opportunities: renew in a planned dig</source>
        <translation>Kansen voor beheerobjecten: vervangen bij gepland graafwerk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="44"/>
        <source>Finds road sections, sewer pipes and street lights that a planned dig of the KIP meets (at most DISTANCE metres away) while their renewal is due within HORIZON_YEARS of the dig&apos;s year.

Each asset&apos;s renewal window follows from the year it was laid (or last renewed) and the life of its material in the asset rule file, longer with preventive maintenance; a poor condition (NEN 2767 class 5 or 6) makes it due within a few years of REFERENCE_YEAR.

For the first such dig the output proposes two options with their cost: renew the asset in that dig (the renewal cost, and the book value written off straight-line because it is renewed early), or extend its life to the next planned dig there. The advice is the cheaper extra cost; either way the renewal needs no dig of its own.

The asset layers are read through a mapping, one line per field: &apos;asset_id = vaknummer&apos;, &apos;year_laid = aanlegjaar&apos;, &apos;material = verhardingssoort&apos;, &apos;last_maintenance&apos;, &apos;preventive&apos;, &apos;condition&apos;, &apos;name&apos;, &apos;owner&apos;, &apos;asset_type&apos;. Empty: guessed from the field names.

Fill in the &apos;decision&apos; field of a proposal (&apos;renew&apos; or &apos;extend&apos;) and run &apos;Accept asset proposals&apos; to turn it into a work (status idea) of the asset&apos;s owner. STORE: the KIP (empty: the KIP of this project).</source>
        <translation>Zoekt wegvakken, rioolstrengen en lichtmasten die een gepland graafwerk van de KIP raakt (op hoogstens DISTANCE meter afstand) terwijl hun vervanging binnen HORIZON_YEARS jaar na het jaar van het graafwerk aan de beurt is.

Het vervangingsvenster van elk object volgt uit het jaar van aanleg (of van de laatste vernieuwing) en de levensduur van zijn materiaal in het regelbestand voor beheerobjecten, langer bij preventief onderhoud; een slechte conditie (NEN 2767 klasse 5 of 6) maakt het binnen enkele jaren na REFERENCE_YEAR aan de beurt.

Voor het eerste zulke graafwerk stelt de uitvoer twee mogelijkheden voor, met hun kosten: het object bij dat graafwerk vervangen (de vervangingskosten, en de boekwaarde die lineair wordt afgeschreven omdat het vroeger wordt vervangen), of zijn levensduur verlengen tot het volgende geplande graafwerk daar. Het advies is de goedkoopste extra kostenpost; in beide gevallen hoeft er voor de vervanging niet apart gegraven te worden.

De lagen met beheerobjecten worden gelezen via een koppeling, één regel per veld: 'asset_id = vaknummer', 'year_laid = aanlegjaar', 'material = verhardingssoort', 'last_maintenance', 'preventive', 'condition', 'name', 'owner', 'asset_type'. Leeg: geraden uit de veldnamen.

Vul het veld 'decision' van een voorstel in ('renew' of 'extend') en voer 'Voorstellen voor beheerobjecten aannemen' uit om er een werk (status idee) van de eigenaar van het object van te maken. STORE: de KIP (leeg: de KIP van dit project).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="68"/>
        <source>Road sections</source>
        <translation>Wegvakken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="69"/>
        <source>Sewer pipes</source>
        <translation>Rioolstrengen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="70"/>
        <source>Street lights</source>
        <translation>Lichtmasten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="73"/>
        <source>Mapping of &apos;{layer}&apos; (empty: guessed from the field names)</source>
        <translation>Koppeling van '{layer}' (leeg: geraden uit de veldnamen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="76"/>
        <source>Renewal due within (years after the dig)</source>
        <translation>Vervanging aan de beurt binnen (jaren na het graafwerk)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="77"/>
        <source>Maximum distance between a dig and an asset (m)</source>
        <translation>Grootste afstand tussen een graafwerk en een object (m)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="78"/>
        <source>Reference year of the conditions</source>
        <translation>Peiljaar van de condities</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="80"/>
        <source>Asset rule file (empty: the rules shipped with KIP)</source>
        <translation>Regelbestand voor beheerobjecten (leeg: de regels die bij KIP horen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="59"/>
        <source>Asset opportunities</source>
        <translation>Kansen voor beheerobjecten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="83"/>
        <source>Number of asset opportunities</source>
        <translation>Aantal kansen voor beheerobjecten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="85"/>
        <source>Assets that could not be used</source>
        <translation>Objecten die niet gebruikt konden worden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="108"/>
        <source>Give at least one asset layer: road sections, sewer pipes or street lights.</source>
        <translation>Geef minstens één laag met beheerobjecten: wegvakken, rioolstrengen of lichtmasten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/asset_opportunities.py" line="130"/>
        <source>{assets} assets read; {n} can be renewed in a planned dig ({renew} advised to renew now, {extend} to extend), saving {digs} digs.</source>
        <translation>{assets} objecten gelezen; {n} kunnen worden vervangen bij een gepland graafwerk ({renew} met het advies nu te vervangen, {extend} om te verlengen), dat scheelt {digs} keer graven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="81"/>
        <source>Street surfaces, to price reinstatement (e.g. road sections with &apos;verhardingssoort&apos;)</source>
        <translation>Verharding van de straten, om herstraten te prijzen (bijv. wegvakken met 'verhardingssoort')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_combinations.py" line="84"/>
        <source>Money rule file (empty: the rules shipped with KIP)</source>
        <translation>Regelbestand voor geld (leeg: de regels die bij KIP horen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="112"/>
        <source>Theme areas (from &apos;Theme signals&apos;): a page each</source>
        <translation>Themagebieden (van 'Themasignalen'): elk een pagina</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="32"/>
        <source>Import KLIC delivery (IMKL 2.0)</source>
        <translation>KLIC-levering importeren (IMKL 2.0)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="35"/>
        <source>Reads the cables and pipes of a KLIC delivery in IMKL 2.0: the GML file (GI_gebiedsinformatielevering_….xml) or the zip the Kadaster sends.

Each cable or pipe follows its routes (UtilityLink); its theme comes from its network (laagspanning, gasLageDruk, water, datatransport, …) and its operator from the network's source code, named as the delivery names it. Cable beds and ducts count as the number of cables they hold.

The routes go into the table 'utility_links' of the KIP store (made when missing), where 'Subsurface congestion' finds them; importing the same delivery again replaces its routes. OUTPUT shows what was imported. Cables whose route is missing from the file are listed, not dropped silently. STORE: the KIP (empty: the KIP of this project).</source>
        <translation>Leest de kabels en leidingen van een KLIC-levering in IMKL 2.0: het GML-bestand (GI_gebiedsinformatielevering_….xml) of de zip die het Kadaster stuurt.

Elke kabel of leiding volgt zijn tracés (UtilityLink); het thema komt van zijn net (laagspanning, gasLageDruk, water, datatransport, …) en de netbeheerder van de bronhoudercode van het net, met de naam die de levering noemt. Kabelbedden en mantelbuizen tellen als het aantal kabels dat erin ligt.

De tracés komen in de tabel 'utility_links' van de KIP-opslag (die wordt aangemaakt als hij ontbreekt), waar 'Drukte in de ondergrond' ze vindt; dezelfde levering opnieuw importeren vervangt haar tracés. OUTPUT laat zien wat er is geïmporteerd. Kabels waarvan het tracé in het bestand ontbreekt worden gemeld, niet stilletjes weggelaten. STORE: de KIP (leeg: de KIP van dit project).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="48"/>
        <source>KLIC delivery (IMKL 2.0 .xml or .zip)</source>
        <translation>KLIC-levering (IMKL 2.0 .xml of .zip)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="48"/>
        <source>KLIC deliveries (*.xml *.gml *.zip)</source>
        <translation>KLIC-leveringen (*.xml *.gml *.zip)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/utility_links.py" line="77"/>
        <source>Cables and pipes (KLIC)</source>
        <translation>Kabels en leidingen (KLIC)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="54"/>
        <source>Routes of cables and pipes</source>
        <translation>Tracés van kabels en leidingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="54"/>
        <source>Metres of cables and pipes</source>
        <translation>Meters kabels en leidingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="54"/>
        <source>Operators</source>
        <translation>Netbeheerders</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="54"/>
        <source>Problems in the delivery</source>
        <translation>Problemen in de levering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="76"/>
        <source>Cancelled; the deliveries before it were imported.</source>
        <translation>Afgebroken; de leveringen ervoor zijn geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="78"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="80"/>
        <source>{file}: {n} routes belong to no cable or pipe and were left out.</source>
        <translation>{file}: {n} tracés horen bij geen enkele kabel of leiding en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_imkl.py" line="96"/>
        <source>{links} routes of cables and pipes imported ({metres} m, {operators} operators) into &apos;{path}&apos;.</source>
        <translation>{links} tracés van kabels en leidingen geïmporteerd ({metres} m, {operators} netbeheerders) in '{path}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="41"/>
        <source>Subsurface congestion per street</source>
        <translation>Drukte in de ondergrond per straat</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="44"/>
        <source>How busy the subsurface of each street section (a polygon of the street) is.

Planned: the cable and pipe works of the KIP in the period (START–END; empty: all) that reach into the section: how many, their metres in it and their operators. In the ground: when cables and pipes of KLIC deliveries are known (imported with 'Import KLIC delivery', or given as UTILITIES), their metres per m² of street and their operators.

Each section gets a class, not crowded, busy or crowded, by the thresholds of the subsurface rule file; the layer is styled by it. OUTPUT_WARNINGS: digging works in the period that reach into a section already crowded without them, with a sentence. STORE: the KIP (empty: the KIP of this project).</source>
        <translation>Hoe druk de ondergrond van elk wegvak (een vlak van de straat) is.

Gepland: de kabel- en leidingwerken van de KIP in de periode (START–END; leeg: alle) die in het wegvak reiken: hoeveel, hun meters erin en hun netbeheerders. In de grond: als kabels en leidingen uit KLIC-leveringen bekend zijn (geïmporteerd met 'KLIC-levering importeren', of gegeven als UTILITIES), hun meters per m² straat en hun netbeheerders.

Elk wegvak krijgt een klasse, niet druk, druk of overvol, volgens de drempels van het regelbestand voor de ondergrond; de laag wordt ermee opgemaakt. OUTPUT_WARNINGS: graafwerken in de periode die reiken in een wegvak dat zonder hen al overvol is, met een zin erbij. STORE: de KIP (leeg: de KIP van dit project).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="57"/>
        <source>Street sections</source>
        <translation>Wegvakken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="59"/>
        <source>Street section id field (empty: recognised by name)</source>
        <translation>Veld met het id van het wegvak (leeg: herkend aan de naam)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="59"/>
        <source>Street name field (empty: recognised by name)</source>
        <translation>Veld met de straatnaam (leeg: herkend aan de naam)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="62"/>
        <source>Cables and pipes (empty: those imported into the KIP)</source>
        <translation>Kabels en leidingen (leeg: die in de KIP zijn geïmporteerd)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="65"/>
        <source>Period from (empty: no limit)</source>
        <translation>Periode vanaf (leeg: geen grens)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="65"/>
        <source>Period until (empty: no limit)</source>
        <translation>Periode tot en met (leeg: geen grens)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="67"/>
        <source>Subsurface rule file (empty: the rules shipped with KIP)</source>
        <translation>Regelbestand voor de ondergrond (leeg: de regels die bij KIP horen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="62"/>
        <source>Subsurface congestion</source>
        <translation>Drukte in de ondergrond</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="63"/>
        <source>Trenches in crowded streets</source>
        <translation>Sleuven in overvolle straten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="72"/>
        <source>Crowded street sections</source>
        <translation>Overvolle wegvakken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="95"/>
        <source>Choose a layer of street sections.</source>
        <translation>Kies een laag met wegvakken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="108"/>
        <source>{n} routes of cables and pipes from the KIP&apos;s KLIC deliveries.</source>
        <translation>{n} tracés van kabels en leidingen uit de KLIC-leveringen van de KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="110"/>
        <source>No cables and pipes are known: only the planned works count.</source>
        <translation>Er zijn geen kabels en leidingen bekend: alleen de geplande werken tellen mee.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/subsurface_congestion.py" line="132"/>
        <source>{crowded} of {n} street sections crowded; {warnings} trenches planned in them.</source>
        <translation>{crowded} van de {n} wegvakken overvol; {warnings} sleuven erin gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/tactical_base.py" line="28"/>
        <source>Tactical planning</source>
        <translation>Tactische planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="33"/>
        <source>Theme signals: works and the strategic themes</source>
        <translation>Themasignalen: werken en de strategische thema's</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="36"/>
        <source>The line of sight from the municipality&apos;s themes to the works in the street. THEME_AREAS are polygons with a &apos;theme&apos; (climate_adaptation, heat_transition, mobility, greening, or the Dutch word), a &apos;name&apos;, a &apos;goal&apos;, a period (&apos;start_date&apos;, &apos;end_date&apos;, dates or years) and, for the heat transition, &apos;off_gas_year&apos;: the year the neighbourhood goes off gas.

A work of the KIP inside an area during its period serves the theme when its &apos;themes&apos; field names it or its type serves the theme (a heat network, new green); goes against it when its type contradicts it (a new gas main in a neighbourhood that goes off gas within the main&apos;s life); and is an opportunity when it opens the street without serving the theme (a reconstruction in a flooding hot spot without climate measures). The theme rule file says which types do what.

OUTPUT: one feature per signal, the part of the work inside the area, with a sentence. OUTPUT_AREAS: the theme areas with the share of each touched by works in its period, and by works that serve the theme, per area and per theme. Both go to the &apos;Themes&apos; group. STORE: the KIP (empty: the KIP of this project).</source>
        <translation>De 'line of sight' van de thema's van de gemeente naar de werken in de straat. THEME_AREAS zijn vlakken met een 'theme' (climate_adaptation, heat_transition, mobility, greening, of het Nederlandse woord), een 'name', een 'goal', een periode ('start_date', 'end_date', datums of jaren) en, voor de warmtetransitie, 'off_gas_year': het jaar waarin de buurt van het aardgas af gaat.

Een werk van de KIP in een gebied tijdens zijn periode dient het thema als zijn veld 'themes' het noemt of als zijn soort het thema dient (een warmtenet, nieuw groen); gaat ertegenin als zijn soort ermee in strijd is (een nieuwe gasleiding in een buurt die binnen de levensduur van de leiding van het gas af gaat); en is een kans als het de straat openlegt zonder het thema te dienen (een reconstructie in een wateroverlast-hotspot zonder klimaatmaatregelen). Het regelbestand voor thema's zegt welke soorten wat doen.

OUTPUT: één object per signaal, het deel van het werk binnen het gebied, met een zin. OUTPUT_AREAS: de themagebieden met het deel van elk dat in zijn periode door werken wordt geraakt, en door werken die het thema dienen, per gebied en per thema. Beide komen in de groep 'Thema's'. STORE: de KIP (leeg: de KIP van dit project).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="61"/>
        <source>Theme areas</source>
        <translation>Themagebieden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="55"/>
        <source>Theme rule file (empty: the rules shipped with KIP)</source>
        <translation>Regelbestand voor thema's (leeg: de regels die bij KIP horen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="60"/>
        <source>Theme signals</source>
        <translation>Themasignalen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="57"/>
        <source>Theme areas and their shares</source>
        <translation>Themagebieden en hun aandelen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="59"/>
        <source>Works serving a theme</source>
        <translation>Werken die een thema dienen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="59"/>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="59"/>
        <source>Works going against a theme</source>
        <translation>Werken die tegen een thema ingaan</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="76"/>
        <source>Choose a layer of theme areas.</source>
        <translation>Kies een laag met themagebieden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="80"/>
        <source>The layer &apos;{layer}&apos; holds no usable theme areas.</source>
        <translation>De laag '{layer}' bevat geen bruikbare themagebieden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="84"/>
        <source>The works of this KIP have no themes field yet: works serve a theme by their type only.</source>
        <translation>De werken van deze KIP hebben nog geen veld met thema's: werken dienen een thema alleen door hun soort.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/theme_signals.py" line="106"/>
        <source>{theme}: {touched} of its areas touched by works, {served} by works that serve it.</source>
        <translation>{theme}: {touched} van de gebieden geraakt door werken, {served} door werken die het dienen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="81"/>
        <source>Themes are codes separated by commas: {codes}.</source>
        <translation>Thema's zijn codes gescheiden door komma's: {codes}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_mapping.py" line="86"/>
        <source>&apos;{name}&apos; is not an asset field; use one of: {fields}.</source>
        <translation>'{name}' is geen veld van een beheerobject; gebruik een van: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="61"/>
        <source>The mapping of the asset layer &apos;{layer}&apos; uses fields it does not have: {missing}. Its fields are: {fields}.</source>
        <translation>De koppeling van de laag met beheerobjecten '{layer}' gebruikt velden die de laag niet heeft: {missing}. De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="107"/>
        <source>The mapping of the asset layer &apos;{layer}&apos;: {error}</source>
        <translation>De koppeling van de laag met beheerobjecten '{layer}': {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="112"/>
        <source>Asset layer &apos;{layer}&apos;: mapping guessed from the field names: {mapping}.</source>
        <translation>Laag met beheerobjecten '{layer}': koppeling geraden uit de veldnamen: {mapping}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="115"/>
        <source>The asset layer &apos;{layer}&apos; needs a year laid: map &apos;year_laid&apos; to one of its fields ({fields}).</source>
        <translation>De laag met beheerobjecten '{layer}' heeft een aanlegjaar nodig: koppel 'year_laid' aan een van de velden ({fields}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="138"/>
        <source>Asset &apos;{id}&apos; (feature {fid} of layer &apos;{layer}&apos;)</source>
        <translation>Object '{id}' (object {fid} van laag '{layer}')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="148"/>
        <source>the asset type &apos;{value}&apos; is not one KIP knows ({types})</source>
        <translation>de soort object '{value}' kent KIP niet ({types})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="153"/>
        <source>the year laid is empty</source>
        <translation>het aanlegjaar is leeg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="156"/>
        <source>the year laid &apos;{value}&apos; is not a year</source>
        <translation>het aanlegjaar '{value}' is geen jaartal</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="161"/>
        <source>the condition &apos;{value}&apos; is not a class from 1 (excellent) to 6 (very poor)</source>
        <translation>de conditie '{value}' is geen klasse van 1 (uitstekend) tot 6 (zeer slecht)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="165"/>
        <source>the asset id is used by an earlier asset; only that one is used</source>
        <translation>het id van het object wordt al door een eerder object gebruikt; alleen dat wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/asset_reader.py" line="185"/>
        <source>Asset layer &apos;{layer}&apos;: material &apos;{value}&apos; ({n} assets) is not one KIP knows for {type}; assumed {material}.</source>
        <translation>Laag met beheerobjecten '{layer}': materiaal '{value}' ({n} objecten) kent KIP niet voor {type}; aangenomen is {material}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/money_results.py" line="37"/>
        <source>{party} {share} (alone {alone})</source>
        <translation>{party} {share} (alleen {alone})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="32"/>
        <source>Renew in this dig</source>
        <translation>Vervangen bij dit graafwerk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="33"/>
        <source>Extend its life to the next dig</source>
        <translation>Levensduur verlengen tot het volgende graafwerk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="92"/>
        <source>'{title}' ({owner}) digs from {start} where {type} '{asset}' ({material}) is due for renewal in {first}–{last}. Renewing it in that dig costs {cost} and writes off {written_off} of its value.</source>
        <translation>'{title}' ({owner}) graaft vanaf {start} waar {type} '{asset}' ({material}) in {first}–{last} aan vervanging toe is. Het bij dat graafwerk vervangen kost {cost} en schrijft {written_off} van de waarde af.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="102"/>
        <source>It can also wait for &apos;{next}&apos; ({year}) without any extra work.</source>
        <translation>Het kan ook wachten op '{next}' ({year}) zonder extra werk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="105"/>
        <source>Extending its life by {years} years to &apos;{next}&apos; ({year}) costs {cost}.</source>
        <translation>De levensduur met {years} jaar verlengen tot '{next}' ({year}) kost {cost}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="109"/>
        <source>Its life cannot be extended to the next dig &apos;{next}&apos; ({year}).</source>
        <translation>De levensduur is niet te verlengen tot het volgende graafwerk '{next}' ({year}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="112"/>
        <source>No later dig is planned there.</source>
        <translation>Er is daar geen later graafwerk gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="114"/>
        <source>Either way its renewal needs no trench of its own.</source>
        <translation>In beide gevallen hoeft er voor de vervanging niet apart gegraven te worden.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="158"/>
        <source>its decision &apos;{value}&apos; is neither &apos;renew&apos; nor &apos;extend&apos;</source>
        <translation>het besluit '{value}' is 'renew' noch 'extend'</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="166"/>
        <source>it cannot be extended: no later dig, or no life-extending treatment</source>
        <translation>het kan niet worden verlengd: geen later graafwerk, of geen levensduurverlengende behandeling</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="168"/>
        <source>it has no dig period</source>
        <translation>het heeft geen periode van graven</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/proposals.py" line="177"/>
        <source>Renew {asset} with &apos;{work}&apos;</source>
        <translation>{asset} vervangen met '{work}'</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="33"/>
        <source>Serves the theme</source>
        <translation>Dient het thema</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="34"/>
        <source>Could serve the theme</source>
        <translation>Kan het thema dienen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="35"/>
        <source>Goes against the theme</source>
        <translation>Gaat tegen het thema in</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="39"/>
        <source>Not crowded</source>
        <translation>Niet druk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="40"/>
        <source>Busy</source>
        <translation>Druk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="41"/>
        <source>Crowded</source>
        <translation>Overvol</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="130"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/styles.py" line="131"/>
        <source>Heat</source>
        <translation>Warmte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/subsurface_layers.py" line="69"/>
        <source>Street section &apos;{id}&apos; (feature {fid}) has no area and is left out.</source>
        <translation>Wegvak '{id}' (object {fid}) heeft geen oppervlakte en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/subsurface_layers.py" line="145"/>
        <source>{n} cable and pipe works planned ({metres} m) by {operators}.</source>
        <translation>{n} kabel- en leidingwerken gepland ({metres} m) door {operators}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/subsurface_layers.py" line="148"/>
        <source>In the ground: {metres} m of cables and pipes, {density} m per m² of street, of {operators}.</source>
        <translation>In de grond: {metres} m kabels en leidingen, {density} m per m² straat, van {operators}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/subsurface_layers.py" line="180"/>
        <source>'{title}' ({owner}) digs from {start} in {street}, where the subsurface is already crowded: {density} m of cables and pipes per m² and {others} other cable and pipe works planned.</source>
        <translation>'{title}' ({owner}) graaft vanaf {start} in {street}, waar de ondergrond al overvol is: {density} m kabels en leidingen per m² en {others} andere kabel- en leidingwerken gepland.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/text.py" line="21"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="83"/>
        <source>The theme-area layer &apos;{layer}&apos; has no field &apos;theme&apos; (or &apos;thema&apos;). Its fields are: {fields}.</source>
        <translation>De laag met themagebieden '{layer}' heeft geen veld 'theme' (of 'thema'). De velden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="95"/>
        <source>Theme area &apos;{name}&apos; (feature {fid})</source>
        <translation>Themagebied '{name}' (object {fid})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="98"/>
        <source>{where}: the theme &apos;{value}&apos; is not one KIP knows ({themes}).</source>
        <translation>{where}: het thema '{value}' kent KIP niet ({themes}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="103"/>
        <source>{where}: its period is not made of dates (YYYY-MM-DD) or years.</source>
        <translation>{where}: de periode bestaat niet uit datums (JJJJ-MM-DD) of jaartallen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="107"/>
        <source>{where}: it has no shape.</source>
        <translation>{where}: het heeft geen vorm.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="181"/>
        <source>&apos;{title}&apos; ({owner}, from {when}) serves {theme} in &apos;{area}&apos;.</source>
        <translation>'{title}' ({owner}, vanaf {when}) dient {theme} in '{area}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="185"/>
        <source>&apos;{title}&apos; ({owner}, from {when}) renews gas in &apos;{area}&apos;, which goes off gas in {year}: within the life of the new main. This goes against {theme}.</source>
        <translation>'{title}' ({owner}, vanaf {when}) vernieuwt gas in '{area}', dat in {year} van het gas af gaat: binnen de levensduur van de nieuwe leiding. Dit gaat tegen {theme} in.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="187"/>
        <source>&apos;{title}&apos; ({owner}, from {when}) goes against {theme} in &apos;{area}&apos;.</source>
        <translation>'{title}' ({owner}, vanaf {when}) gaat tegen {theme} in, in '{area}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="188"/>
        <source>&apos;{title}&apos; ({owner}, from {when}) opens the street in &apos;{area}&apos; without serving {theme}: an opportunity to add measures for it.</source>
        <translation>'{title}' ({owner}, vanaf {when}) legt de straat open in '{area}' zonder {theme} te dienen: een kans om er maatregelen voor mee te nemen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/theme_areas.py" line="215"/>
        <source>{touched} of the area touched by works in its period, {served} by works that serve {theme}; {serves} serve it, {opportunities} opportunities, {contradictions} against it.</source>
        <translation>{touched} van het gebied geraakt door werken in zijn periode, {served} door werken die {theme} dienen; {serves} dienen het, {opportunities} kansen, {contradictions} ertegenin.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="301"/>
        <source>The KIP store &apos;{path}&apos; cannot be opened for writing.</source>
        <translation>De KIP-opslag '{path}' kan niet worden geopend om te schrijven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/utility_links.py" line="87"/>
        <source>The table &apos;{table}&apos; of &apos;{path}&apos; cannot be opened.</source>
        <translation>De tabel '{table}' van '{path}' kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/tactical/utility_links.py" line="102"/>
        <source>could not add the route &apos;{id}&apos;</source>
        <translation>kon het tracé '{id}' niet toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="137"/>
        <source>{span} later</source>
        <translation>{span} later</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="138"/>
        <source>{span} earlier</source>
        <translation>{span} eerder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="139"/>
        <source>Stays as planned</source>
        <translation>Blijft zoals gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="140"/>
        <source>runs together with {works} {period}</source>
        <translation>loopt samen met {works} {period}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="141"/>
        <source>one dig instead of {n}</source>
        <translation>één keer graven in plaats van {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="142"/>
        <source>{n} fewer days of disruption</source>
        <translation>{n} dagen minder hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="143"/>
        <source>no longer digs up the new paving of {work} within the {years}-year no-dig period</source>
        <translation>graaft de nieuwe bestrating van {work} niet meer open binnen het opbreekverbod van {years} jaar</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="146"/>
        <source>{work} no longer digs up this new paving within the {years}-year no-dig period</source>
        <translation>{work} graaft deze nieuwe bestrating niet meer open binnen het opbreekverbod van {years} jaar</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="149"/>
        <source>its road closure no longer coincides with that of {work}</source>
        <translation>de wegafsluiting valt niet meer samen met die van {work}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="150"/>
        <source>no longer takes place during {work}</source>
        <translation>vindt niet meer plaats tijdens {work}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="151"/>
        <source>the event {work} no longer takes place during these works</source>
        <translation>het evenement {work} vindt niet meer plaats tijdens deze werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="152"/>
        <source>makes room for the move of {work}: at its planned dates the two would conflict</source>
        <translation>maakt ruimte voor de verschuiving van {work}: op de geplande data zouden die twee botsen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="155"/>
        <source>at its planned dates it would meet {work} without a day the whole group shares</source>
        <translation>op de geplande data zou het {work} raken zonder een dag die de hele groep deelt</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="158"/>
        <source>fits the best schedule found for the works around it</source>
        <translation>past in de beste planning die voor de werken eromheen is gevonden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schedule_report.py" line="159"/>
        <source>the conflict with {work} ({kind}) cannot be avoided within the flexibility of the works</source>
        <translation>het conflict met {work} ({kind}) is binnen de speelruimte van de werken niet te voorkomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/needs.py" line="43"/>
        <source>Proposing a schedule needs the Python package ortools (OR-Tools, version 9.14), which is not installed; see the installation guide.</source>
        <translation>Voor het voorstellen van een planning is het Python-pakket ortools (OR-Tools, versie 9.14) nodig, dat niet is geïnstalleerd; zie de installatiehandleiding.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/detection/needs.py" line="50"/>
        <source>Proposing a schedule needs the Python package ortools 9.14; this QGIS has ortools {version}. See the installation guide.</source>
        <translation>Voor het voorstellen van een planning is het Python-pakket ortools 9.14 nodig; deze QGIS heeft ortools {version}. Zie de installatiehandleiding.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="42"/>
        <source>KIP proposed schedule</source>
        <translation>KIP voorgestelde planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="56"/>
        <source>Deciding as</source>
        <translation>Beslissen als</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="58"/>
        <source>Each department or partner decides on its own moves; a coordinator on all.</source>
        <translation>Elke afdeling of partner beslist over de eigen verschuivingen; een coördinator over alle.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="63"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/style.py" line="25"/>
        <source>Moves</source>
        <translation>Verschuift</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="63"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="63"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="74"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="75"/>
        <source>Move the selected works to their proposed dates (undo with Ctrl+Z)</source>
        <translation>De gekozen werken naar hun voorgestelde data verplaatsen (ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="77"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="79"/>
        <source>Accept all mine</source>
        <translation>Al mijn verschuivingen accepteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="80"/>
        <source>Accept every move waiting for your decision</source>
        <translation>Elke verschuiving accepteren die op uw besluit wacht</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="117"/>
        <source>Coordinator (all departments and partners)</source>
        <translation>Coördinator (alle afdelingen en partners)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="137"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="137"/>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="140"/>
        <source>Conflict stays</source>
        <translation>Conflict blijft</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="159"/>
        <source>Accept all mine ({n})</source>
        <translation>Al mijn verschuivingen accepteren ({n})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="166"/>
        <source>No proposed schedule: press Propose schedule on the KIP toolbar.</source>
        <translation>Geen voorgestelde planning: druk op Planning voorstellen in de KIP-werkbalk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/decisions.py" line="113"/>
        <source>&apos;{work}&apos; belongs to {owner}: only they or a coordinator decide on it.</source>
        <translation>'{work}' hoort bij {owner}: alleen zij of een coördinator beslissen erover.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="204"/>
        <source>{n} moves accepted: the works are changed in their layers (not saved yet; undo with Ctrl+Z).</source>
        <translation>{n} verschuivingen geaccepteerd: de werken zijn in hun lagen gewijzigd (nog niet opgeslagen; ongedaan maken met Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="204"/>
        <source>{n} moves rejected.</source>
        <translation>{n} verschuivingen afgewezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/proposal_panel.py" line="207"/>
        <source>Nothing changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_text.py" line="83"/>
        <source>Proposed: {reason}</source>
        <translation>Voorgesteld: {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="359"/>
        <source>Accept the proposed move</source>
        <translation>De voorgestelde verschuiving accepteren</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_view.py" line="360"/>
        <source>Reject the proposed move</source>
        <translation>De voorgestelde verschuiving afwijzen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="84"/>
        <source>Propose schedule</source>
        <translation>Planning voorstellen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="84"/>
        <source>Propose dates within each work&apos;s flexibility: more works in one dig, fewer conflicts</source>
        <translation>Data voorstellen binnen de speelruimte van elk werk: meer werken in één keer graven, minder conflicten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="61"/>
        <source>FIXED_PARTIES: the works have no department or partner &apos;{party}&apos;. Known: {known}.</source>
        <translation>FIXED_PARTIES: de werken hebben geen afdeling of partner '{party}'. Bekend: {known}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="108"/>
        <source>Propose a schedule</source>
        <translation>Een planning voorstellen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="111"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="117"/>
        <source>Proposes new dates for works within their flexibility (earliest start to latest end, keeping their duration), so that more works are done in one dig and fewer conflict.

A combination is a group of works, linked by combinable pairs (DISTANCE, different owners, the rule file), whose periods all share a day, as the detection defines it. Conflicts are those of the detection. The proposal never causes a conflict the plan does not have, removes as many of the plan&apos;s conflicts as it can, and then weighs W_DIG per dig saved and W_DISRUPTION per day of disruption saved against W_SHIFT per day a work moves.

Works with a status in FIXED_STATUSES, of a party in FIXED_PARTIES (codes or names, comma-separated), or without flexibility keep their dates; MAX_SHIFT_DAYS caps every move.

The problem is split into independent parts, each solved within the time left of TIME_LIMIT seconds (OR-Tools CP-SAT, starting from a greedy schedule). The log lists each part: proven optimal, or feasible with a bound.

Output: one feature per work that moves, with its old and new dates and the reason in words, and one per work left in a conflict that cannot be avoided. The figures before and after are also returned, for models and qgis_process.</source>
        <translation>Stelt nieuwe data voor werken voor binnen hun speelruimte (vroegste start tot uiterste eind, met behoud van hun duur), zodat meer werken in één keer graven worden gedaan en er minder botsen.

Een combinatie is een groep werken, verbonden door combineerbare paren (DISTANCE, verschillende eigenaren, het regelbestand), waarvan de perioden allemaal een dag delen, zoals de detectie die definieert. Conflicten zijn die van de detectie. Het voorstel veroorzaakt nooit een conflict dat de planning niet heeft, neemt zoveel mogelijk conflicten van de planning weg en weegt daarna W_DIG per keer graven bespaard en W_DISRUPTION per dag hinder bespaard af tegen W_SHIFT per dag dat een werk verschuift.

Werken met een status in FIXED_STATUSES, van een partij in FIXED_PARTIES (codes of namen, met komma's gescheiden) of zonder speelruimte houden hun data; MAX_SHIFT_DAYS begrenst elke verschuiving.

Het probleem wordt gesplitst in onafhankelijke delen, die elk binnen de resterende tijd van TIME_LIMIT seconden worden opgelost (OR-Tools CP-SAT, uitgaande van een gretige planning). Het logboek noemt elk deel: bewezen optimaal, of haalbaar met een grens.

Uitvoer: één object per werk dat verschuift, met de oude en nieuwe data en de reden in woorden, en één per werk dat in een onvermijdelijk conflict blijft. De cijfers voor en na komen ook als uitvoer terug, voor modellen en qgis_process.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="144"/>
        <source>Works with these statuses keep their dates</source>
        <translation>Werken met deze statussen houden hun data</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="154"/>
        <source>Departments and partners whose works keep their dates (comma-separated)</source>
        <translation>Afdelingen en partners waarvan de werken hun data houden (met komma's gescheiden)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="160"/>
        <source>Move no work by more than (days; empty: no limit)</source>
        <translation>Geen werk meer verschuiven dan (dagen; leeg: geen grens)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="166"/>
        <source>Weight of a dig saved</source>
        <translation>Gewicht van een keer graven bespaard</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="166"/>
        <source>Weight of a day of disruption saved</source>
        <translation>Gewicht van een dag hinder bespaard</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="166"/>
        <source>Weight of a day a work moves</source>
        <translation>Gewicht van een dag dat een werk verschuift</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="174"/>
        <source>Time limit (seconds)</source>
        <translation>Tijdslimiet (seconden)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/style.py" line="19"/>
        <source>Proposed schedule</source>
        <translation>Voorgestelde planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Digs saved as planned</source>
        <translation>Keren graven bespaard zoals gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Digs saved as proposed</source>
        <translation>Keren graven bespaard zoals voorgesteld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Conflicts as planned</source>
        <translation>Conflicten zoals gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Conflicts as proposed</source>
        <translation>Conflicten zoals voorgesteld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Days of disruption as planned</source>
        <translation>Dagen hinder zoals gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Days of disruption as proposed</source>
        <translation>Dagen hinder zoals voorgesteld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Objective reached</source>
        <translation>Bereikte doelwaarde</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Bound of the objective</source>
        <translation>Grens van de doelwaarde</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Works moved</source>
        <translation>Verschoven werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Independent parts</source>
        <translation>Onafhankelijke delen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="202"/>
        <source>Parts solved to proven optimum</source>
        <translation>Delen bewezen optimaal opgelost</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="217"/>
        <source>Solver status (optimal or feasible)</source>
        <translation>Status van de oplosser (optimal of feasible)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="273"/>
        <source>The detection finds other combinations or conflicts on the proposed dates than the optimiser expects; the figures below are the detection&apos;s.</source>
        <translation>De detectie vindt op de voorgestelde data andere combinaties of conflicten dan de optimalisatie verwacht; de cijfers hieronder zijn die van de detectie.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="313"/>
        <source>every date tried</source>
        <translation>elke datum geprobeerd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="314"/>
        <source>CP-SAT</source>
        <translation>CP-SAT</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="315"/>
        <source>greedy (the solver found nothing better in its time)</source>
        <translation>gretig (de oplosser vond in zijn tijd niets beters)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="318"/>
        <source>{parts} independent parts with works that may move; {moved} works move.</source>
        <translation>{parts} onafhankelijke delen met werken die mogen verschuiven; {moved} werken verschuiven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="324"/>
        <source>Part {number}: {works} works ({movable} may move), {method}, {status}: {conflicts} conflicts left (at least {least}), objective {value} (bound {bound}, greedy {greedy}), {seconds:.1f} s.</source>
        <translation>Deel {number}: {works} werken ({movable} mogen verschuiven), {method}, {status}: {conflicts} conflicten over (minstens {least}), doelwaarde {value} (grens {bound}, gretig {greedy}), {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="31"/>
        <source>optimal</source>
        <translation>optimaal</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="31"/>
        <source>feasible</source>
        <translation>haalbaar</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="337"/>
        <source>… and {n} smaller parts, {optimal} of them solved to proven optimum.</source>
        <translation>… en {n} kleinere delen, waarvan {optimal} bewezen optimaal opgelost.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="342"/>
        <source>Digs saved: {d0} → {d1}. Days of disruption: {r0} → {r1}. Conflicts: {c0} → {c1}. Solver: {status}.</source>
        <translation>Keren graven bespaard: {d0} → {d1}. Dagen hinder: {r0} → {r1}. Conflicten: {c0} → {c1}. Oplosser: {status}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="353"/>
        <source>Left as proposed: {kind}: {n}</source>
        <translation>Over in het voorstel: {kind}: {n}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/propose_schedule.py" line="356"/>
        <source>Schedule proposed: {moved} works move; solver {status}.</source>
        <translation>Planning voorgesteld: {moved} werken verschuiven; oplosser {status}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/decisions.py" line="119"/>
        <source>&apos;{work}&apos; is not in the open KIP.</source>
        <translation>'{work}' staat niet in de geopende KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/decisions.py" line="133"/>
        <source>&apos;{work}&apos;: the layer &apos;{layer}&apos; may not be edited.</source>
        <translation>'{work}': de laag '{layer}' mag niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/decisions.py" line="126"/>
        <source>&apos;{work}&apos; has other dates than when the schedule was proposed; propose again.</source>
        <translation>'{work}' heeft andere data dan toen de planning werd voorgesteld; stel opnieuw voor.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/decisions.py" line="138"/>
        <source>Accept the proposed schedule ({n} works)</source>
        <translation>Voorgestelde planning accepteren ({n} werken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/decisions.py" line="151"/>
        <source>&apos;{work}&apos; could not be changed in &apos;{layer}&apos;.</source>
        <translation>'{work}' kon niet worden gewijzigd in '{layer}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/style.py" line="25"/>
        <source>Stays: conflict cannot be avoided</source>
        <translation>Blijft: conflict niet te voorkomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="32"/>
        <source>{moved} works move: digs saved {d0} → {d1}, conflicts {c0} → {c1}, days of disruption {r0} → {r1} ({status}).</source>
        <translation>{moved} werken verschuiven: keren graven bespaard {d0} → {d1}, conflicten {c0} → {c1}, dagen hinder {r0} → {r1} ({status}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="62"/>
        <source>The schedule could not be proposed.</source>
        <translation>De planning kon niet worden voorgesteld.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="83"/>
        <source>The schedule proposal was cancelled.</source>
        <translation>Het voorstellen van de planning is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/task.py" line="89"/>
        <source>The schedule could not be proposed; see the KIP log.</source>
        <translation>De planning kon niet worden voorgesteld; zie het KIP-logboek.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/text.py" line="27"/>
        <source>&apos;{title}&apos; ({owner})</source>
        <translation>'{title}' ({owner})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/text.py" line="36"/>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/text.py" line="59"/>
        <source>{move}: {why}.</source>
        <translation>{move}: {why}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/text.py" line="71"/>
        <source>optimal: no better schedule exists (objective {value})</source>
        <translation>optimaal: er bestaat geen betere planning (doelwaarde {value})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/schedule/text.py" line="73"/>
        <source>feasible: objective {value}; no schedule with as few conflicts is worth more than {bound}; at least {least} conflicts cannot be avoided</source>
        <translation>haalbaar: doelwaarde {value}; geen planning met even weinig conflicten is meer waard dan {bound}; minstens {least} conflicten zijn niet te voorkomen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="27"/>
        <source>QGIS has no saved PostgreSQL connection &apos;{name}&apos;.</source>
        <translation>QGIS heeft geen opgeslagen PostgreSQL-verbinding '{name}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="30"/>
        <source>The connection &apos;{name}&apos; uses a service file; KIP needs a connection with host and port.</source>
        <translation>De verbinding '{name}' gebruikt een servicebestand; KIP heeft een verbinding met host en poort nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="55"/>
        <source>Connect to a shared KIP</source>
        <translation>Verbinden met een gedeelde KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="66"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="67"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="68"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="70"/>
        <source>Passwords come from QGIS&apos;s authentication database (give the connection an authentication configuration), ~/.pgpass or PGPASSWORD; KIP never stores them.</source>
        <translation>Wachtwoorden komen uit de authenticatiedatabase van QGIS (geef de verbinding een authenticatieconfiguratie), ~/.pgpass of PGPASSWORD; KIP slaat ze nooit op.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/connect_dialog.py" line="104"/>
        <source>QGIS has no saved PostgreSQL connection yet: add one in the Browser (PostgreSQL › New Connection), then connect here.</source>
        <translation>QGIS heeft nog geen opgeslagen PostgreSQL-verbinding: voeg er een toe in de Browser (PostgreSQL › Nieuwe verbinding) en verbind dan hier.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="30"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="30"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="30"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="40"/>
        <source>History of work {id}</source>
        <translation>Geschiedenis van werk {id}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="43"/>
        <source>No changes of this work are recorded.</source>
        <translation>Van dit werk zijn geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="45"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="45"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="57"/>
        <source>Restore this version</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="58"/>
        <source>Puts this version into the layer as an edit: check it, then save (or undo) as with any edit.</source>
        <translation>Zet deze versie als bewerking in de laag: controleer haar en sla haar dan op (of maak haar ongedaan) zoals elke bewerking.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/history_dialog.py" line="95"/>
        <source>KIP: history of this work…</source>
        <translation>KIP: geschiedenis van dit werk…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="73"/>
        <source>Connect to a shared KIP…</source>
        <translation>Verbinden met een gedeelde KIP…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="73"/>
        <source>Open a shared KIP in PostgreSQL/PostGIS through a saved connection of QGIS</source>
        <translation>Een gedeelde KIP in PostgreSQL/PostGIS openen via een opgeslagen verbinding van QGIS</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="274"/>
        <source>You may read the shared KIP &apos;{path}&apos;, not change it.</source>
        <translation>U mag de gedeelde KIP '{path}' lezen, maar niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="277"/>
        <source>Connected to the shared KIP &apos;{path}&apos;. You may change the works of: {parties}.</source>
        <translation>Verbonden met de gedeelde KIP '{path}'. U mag de werken wijzigen van: {parties}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="64"/>
        <source>Changes since…</source>
        <translation>Wijzigingen sinds…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/algorithm.py" line="159"/>
        <source>Shared KIP</source>
        <translation>Gedeelde KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="67"/>
        <source>Lists every work that was added, changed or deleted in the KIP since SINCE (a date and time), oldest first: work_id, owner, operation (insert, update or delete), changed_by (the database login; empty for a GeoPackage), changed_at, changed_fields, and the values before and after as JSON. Each row has the work&apos;s area (as it was after the change; before it, for a deletion). PARTIES: only these parties (codes separated by commas; empty: all). AREA: only works whose area touches these polygons (e.g. one district). STORE: a .gpkg file or a shared KIP&apos;s postgresql:// address (empty: the KIP open in this project).</source>
        <translation>Somt elk werk op dat sinds SINCE (een datum en tijd) in de KIP is toegevoegd, gewijzigd of verwijderd, het oudste eerst: work_id, owner, operation (insert, update of delete), changed_by (de databaselogin; leeg bij een GeoPackage), changed_at, changed_fields, en de waarden ervoor en erna als JSON. Elke rij heeft het werkgebied (zoals het na de wijziging was; ervoor, bij een verwijdering). PARTIES: alleen deze partijen (codes gescheiden door komma's; leeg: alle). AREA: alleen werken waarvan het gebied deze vlakken raakt (bijvoorbeeld één wijk). STORE: een .gpkg-bestand of het postgresql://-adres van een gedeelde KIP (leeg: de KIP die in dit project open is).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="78"/>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="80"/>
        <source>Only works in this area (e.g. a district)</source>
        <translation>Alleen werken in dit gebied (bijvoorbeeld een wijk)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="82"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="83"/>
        <source>Changes listed</source>
        <translation>Opgesomde wijzigingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="90"/>
        <source>Give the date and time since when changes are listed (SINCE).</source>
        <translation>Geef de datum en tijd op vanaf wanneer wijzigingen worden opgesomd (SINCE).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="92"/>
        <source>The KIP &apos;{path}&apos; keeps no history yet (schema version {version}); open it once for writing to bring it up to date.</source>
        <translation>De KIP '{path}' houdt nog geen geschiedenis bij (schemaversie {version}); open haar één keer met schrijfrechten om haar bij te werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="114"/>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="130"/>
        <source>{n} changes since {since}.</source>
        <translation>{n} wijzigingen sinds {since}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/changes_since.py" line="145"/>
        <source>The area layer has no polygons.</source>
        <translation>De gebiedslaag heeft geen vlakken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="35"/>
        <source>Copy a KIP (GeoPackage ⇄ PostGIS)</source>
        <translation>Een KIP kopiëren (GeoPackage ⇄ PostGIS)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="38"/>
        <source>Copies a whole KIP into a new one: a GeoPackage to a shared KIP in PostgreSQL/PostGIS, a shared KIP to a GeoPackage (to work offline, or as a backup), or between two of the same kind. INPUT and OUTPUT are each a .gpkg file or postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA. The copy has the same parties, works (with their ids and row versions), history of changes, title and styles. OUTPUT must not exist yet (a new file, or a schema that is not there); a shared KIP is made as kip:createsharedkip makes it, with its roles. A copy that fails or is cancelled leaves nothing behind.</source>
        <translation>Kopieert een hele KIP naar een nieuwe: een GeoPackage naar een gedeelde KIP in PostgreSQL/PostGIS, een gedeelde KIP naar een GeoPackage (om offline te werken, of als reservekopie), of tussen twee van dezelfde soort. INPUT en OUTPUT zijn elk een .gpkg-bestand of postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=SCHEMA. De kopie heeft dezelfde partijen, werken (met hun id's en rijversies), wijzigingsgeschiedenis, titel en stijlen. OUTPUT mag nog niet bestaan (een nieuw bestand, of een schema dat er niet is); een gedeelde KIP wordt gemaakt zoals kip:createsharedkip dat doet, met de rollen. Een kopie die mislukt of wordt afgebroken laat niets achter.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="48"/>
        <source>KIP to copy (GeoPackage or postgresql:// address)</source>
        <translation>Te kopiëren KIP (GeoPackage of postgresql://-adres)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="49"/>
        <source>New KIP (GeoPackage or postgresql:// address)</source>
        <translation>Nieuwe KIP (GeoPackage of postgresql://-adres)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="50"/>
        <source>Address of the new KIP</source>
        <translation>Adres van de nieuwe KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="51"/>
        <source>Works copied</source>
        <translation>Gekopieerde werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="52"/>
        <source>History rows copied</source>
        <translation>Gekopieerde geschiedenisrijen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="58"/>
        <source>Copying '{source}' to '{target}'…</source>
        <translation>'{source}' wordt gekopieerd naar '{target}'…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="62"/>
        <source>The copy was cancelled; nothing was made.</source>
        <translation>Het kopiëren is afgebroken; er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="64"/>
        <source>The copy failed and was removed again: {error}</source>
        <translation>Het kopiëren is mislukt en de kopie is weer verwijderd: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/copy_kip.py" line="65"/>
        <source>{works} works and {history} history rows copied.</source>
        <translation>{works} werken en {history} geschiedenisrijen gekopieerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="46"/>
        <source>The party &apos;{code}&apos; is listed twice.</source>
        <translation>De partij '{code}' staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="66"/>
        <source>Create a shared KIP (PostGIS)</source>
        <translation>Een gedeelde KIP maken (PostGIS)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="69"/>
        <source>Creates a new, empty KIP in a PostgreSQL/PostGIS database, for many editors at once. DATABASE: postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA (schema &apos;kip&apos; when left out; add &amp;authcfg=ID to log in through QGIS&apos;s authentication database; never put a password in it). PARTIES: codes separated by commas (enexis=Enexis gives a name); empty: Ede&apos;s departments and partners. Creates the schema with the tables works, parties, kip_meta and works_history, the row-level security, and the group roles kip_coordinator (edits every work), kip_reader (reads only) and kip_&lt;code&gt; per party (edits that party&apos;s works). A database administrator then makes login roles members of these roles. When the schema exists already, nothing is changed.</source>
        <translation>Maakt een nieuwe, lege KIP in een PostgreSQL/PostGIS-database, voor veel bewerkers tegelijk. DATABASE: postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=SCHEMA (schema 'kip' als het wordt weggelaten; voeg &amp;authcfg=ID toe om in te loggen via de authenticatiedatabase van QGIS; zet er nooit een wachtwoord in). PARTIES: codes gescheiden door komma's (enexis=Enexis geeft een naam); leeg: de afdelingen en partners van Ede. Maakt het schema met de tabellen works, parties, kip_meta en works_history, de beveiliging op rijniveau, en de groepsrollen kip_coordinator (bewerkt elk werk), kip_reader (leest alleen) en kip_&lt;code&gt; per partij (bewerkt de werken van die partij). Een databasebeheerder maakt daarna loginrollen lid van deze rollen. Als het schema al bestaat, wordt er niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="81"/>
        <source>Database (postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA)</source>
        <translation>Database (postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=SCHEMA)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="82"/>
        <source>Coordinate system (empty: EPSG:28992, RD New)</source>
        <translation>Coördinatenstelsel (leeg: EPSG:28992, RD New)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="84"/>
        <source>Parties (codes; empty: the default departments and partners)</source>
        <translation>Partijen (codes; leeg: de standaardafdelingen en -partners)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="86"/>
        <source>Address of the shared KIP</source>
        <translation>Adres van de gedeelde KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="87"/>
        <source>Group roles</source>
        <translation>Groepsrollen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="93"/>
        <source>DATABASE must be a PostgreSQL address: postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA, not &apos;{text}&apos;.</source>
        <translation>DATABASE moet een PostgreSQL-adres zijn: postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=SCHEMA, niet '{text}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="103"/>
        <source>Cancelled; nothing was created.</source>
        <translation>Afgebroken; er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="104"/>
        <source>Creating the shared KIP in schema '{schema}' of '{db}' on {host}…</source>
        <translation>De gedeelde KIP wordt gemaakt in schema '{schema}' van '{db}' op {host}…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_shared_kip.py" line="110"/>
        <source>Created with {n} parties. Group roles: {roles}.</source>
        <translation>Gemaakt met {n} partijen. Groepsrollen: {roles}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/store_parameter.py" line="54"/>
        <source>Give the KIP store (a .gpkg file or a shared KIP&apos;s postgresql:// address), or open a KIP in this project first.</source>
        <translation>Geef de KIP-opslag op (een .gpkg-bestand of het postgresql://-adres van een gedeelde KIP), of open eerst een KIP in dit project.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="76"/>
        <source>You may not change the works of &apos;{code}&apos; in this shared KIP; nothing was imported. You may change those of: {codes}.</source>
        <translation>U mag de werken van '{code}' in deze gedeelde KIP niet wijzigen; er is niets geïmporteerd. U mag die wijzigen van: {codes}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/address.py" line="46"/>
        <source>'{text}' is not a PostgreSQL address (postgresql://…).</source>
        <translation>'{text}' is geen PostgreSQL-adres (postgresql://…).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/address.py" line="50"/>
        <source>Do not put a password in the address of a shared KIP: KIP takes it from QGIS&apos;s authentication database (authcfg), ~/.pgpass or PGPASSWORD.</source>
        <translation>Zet geen wachtwoord in het adres van een gedeelde KIP: KIP haalt het uit de authenticatiedatabase van QGIS (authcfg), ~/.pgpass of PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/address.py" line="56"/>
        <source>The address &apos;{text}&apos; needs a host and a database: postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA.</source>
        <translation>Het adres '{text}' heeft een host en een database nodig: postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=SCHEMA.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/address.py" line="63"/>
        <source>The port in &apos;{text}&apos; is not a number.</source>
        <translation>De poort in '{text}' is geen getal.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/address.py" line="69"/>
        <source>Unknown option &apos;{option}&apos; in the address; KIP knows: {known}.</source>
        <translation>Onbekende optie '{option}' in het adres; KIP kent: {known}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/address.py" line="74"/>
        <source>The schema name &apos;{schema}&apos; is longer than PostgreSQL allows.</source>
        <translation>De schemanaam '{schema}' is langer dan PostgreSQL toestaat.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/copying.py" line="41"/>
        <source>The copy needs another place than the original.</source>
        <translation>De kopie moet op een andere plek komen dan het origineel.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/copying.py" line="108"/>
        <source>&apos;{address}&apos; is not a shared KIP.</source>
        <translation>'{address}' is geen gedeelde KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="177"/>
        <source>The KIP store &apos;{path}&apos; has schema version &apos;{version}&apos;; this version of KIP reads version {supported} and older. Update the KIP plugin to open it.</source>
        <translation>De KIP-opslag '{path}' heeft schemaversie '{version}'; deze versie van KIP leest versie {supported} en ouder. Werk de KIP-plugin bij om haar te openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/gpkg_store.py" line="307"/>
        <source>The KIP store &apos;{path}&apos; could not be brought to schema version {version}: {error}</source>
        <translation>De KIP-opslag '{path}' kon niet worden bijgewerkt naar schemaversie {version}: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/history.py" line="175"/>
        <source>Restore work {id} to version {version}</source>
        <translation>Werk {id} terugzetten naar versie {version}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/history.py" line="196"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/history.py" line="198"/>
        <source>deleted by {who} at {when}</source>
        <translation>verwijderd door {who} op {when}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/history.py" line="200"/>
        <source>added by {who} at {when}</source>
        <translation>toegevoegd door {who} op {when}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/history.py" line="201"/>
        <source>changed by {who} at {when} ({fields})</source>
        <translation>gewijzigd door {who} op {when} ({fields})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/history.py" line="201"/>
        <source>no fields</source>
        <translation>geen velden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="204"/>
        <source>The code &apos;{code}&apos; is not valid: use lower-case letters, digits and &apos;_&apos;, starting with a letter (not &apos;coordinator&apos; or &apos;reader&apos;).</source>
        <translation>De code '{code}' is niet geldig: gebruik kleine letters, cijfers en '_', beginnend met een letter (niet 'coordinator' of 'reader').</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/pg_connect.py" line="28"/>
        <source>A shared KIP needs the Python module psycopg2 (Debian: python3-psycopg2).</source>
        <translation>Een gedeelde KIP heeft de Python-module psycopg2 nodig (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/pg_connect.py" line="43"/>
        <source>QGIS&apos;s authentication database has no configuration &apos;{id}&apos; (or it is locked).</source>
        <translation>De authenticatiedatabase van QGIS heeft geen configuratie '{id}' (of is vergrendeld).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/pg_connect.py" line="65"/>
        <source>Cannot connect to the shared KIP at {host}:{port}/{db}: {error}</source>
        <translation>Kan geen verbinding maken met de gedeelde KIP op {host}:{port}/{db}: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/pg_schema.py" line="53"/>
        <source>PostGIS is not installed in the database &apos;{db}&apos;: run CREATE EXTENSION postgis there first.</source>
        <translation>PostGIS is niet geïnstalleerd in de database '{db}': voer daar eerst CREATE EXTENSION postgis uit.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/pg_schema.py" line="77"/>
        <source>The role &apos;{role}&apos; does not exist and you may not create roles; ask the database administrator (CREATEROLE) to create the shared KIP or to add the party.</source>
        <translation>De rol '{role}' bestaat niet en u mag geen rollen maken; vraag de databasebeheerder (CREATEROLE) om de gedeelde KIP te maken of de partij toe te voegen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/pg_schema.py" line="102"/>
        <source>The schema &apos;{schema}&apos; exists already; nothing was changed. Choose another schema for a new shared KIP.</source>
        <translation>Het schema '{schema}' bestaat al; er is niets gewijzigd. Kies een ander schema voor een nieuwe gedeelde KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="58"/>
        <source>There is no KIP in the schema &apos;{schema}&apos; of the database &apos;{db}&apos; (create one with &apos;Create a shared KIP&apos;).</source>
        <translation>Er is geen KIP in het schema '{schema}' van de database '{db}' (maak er een met 'Een gedeelde KIP maken').</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="65"/>
        <source>The shared KIP &apos;{path}&apos; has schema version &apos;{version}&apos;; this version of KIP reads version {supported} and older. Update the KIP plugin to open it.</source>
        <translation>De gedeelde KIP '{path}' heeft schemaversie '{version}'; deze versie van KIP leest versie {supported} en ouder. Werk de KIP-plugin bij om haar te openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="78"/>
        <source>Cannot read the shared KIP &apos;{path}&apos;: {error}</source>
        <translation>Kan de gedeelde KIP '{path}' niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="83"/>
        <source>The shared KIP &apos;{path}&apos; has no valid CRS.</source>
        <translation>De gedeelde KIP '{path}' heeft geen geldig CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="101"/>
        <source>A shared KIP needs a CRS with an EPSG code; &apos;{crs}&apos; has none.</source>
        <translation>Een gedeelde KIP heeft een CRS met een EPSG-code nodig; '{crs}' heeft er geen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="112"/>
        <source>Could not create the shared KIP &apos;{path}&apos;; nothing was changed: {error}</source>
        <translation>Kon de gedeelde KIP '{path}' niet maken; er is niets gewijzigd: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="196"/>
        <source>You may not add parties to this shared KIP ({error}); a member of kip_coordinator who may create roles can.</source>
        <translation>U mag geen partijen toevoegen aan deze gedeelde KIP ({error}); een lid van kip_coordinator dat rollen mag maken, kan dat wel.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="220"/>
        <source>You ({user}) may not read the shared KIP &apos;{path}&apos;. Ask the database administrator to make you a member of kip_reader, kip_coordinator or a party&apos;s role kip_&lt;code&gt;.</source>
        <translation>U ({user}) mag de gedeelde KIP '{path}' niet lezen. Vraag de databasebeheerder om u lid te maken van kip_reader, kip_coordinator of de rol kip_&lt;code&gt; van een partij.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="226"/>
        <source>&apos;{path}&apos; is not a KIP: the table &apos;kip_meta&apos; is missing in the schema &apos;{schema}&apos;.</source>
        <translation>'{path}' is geen KIP: de tabel 'kip_meta' ontbreekt in het schema '{schema}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="238"/>
        <source>The shared KIP &apos;{path}&apos; has schema version {version}; this KIP needs version {needed}. Its owner brings it up to date by opening it once with this version of KIP.</source>
        <translation>De gedeelde KIP '{path}' heeft schemaversie {version}; deze KIP heeft versie {needed} nodig. De eigenaar werkt haar bij door haar één keer met deze versie van KIP te openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="251"/>
        <source>&apos;{path}&apos; is not a KIP: the table &apos;{table}&apos; is missing.</source>
        <translation>'{path}' is geen KIP: de tabel '{table}' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/postgis_store.py" line="274"/>
        <source>The KIP store &apos;{path}&apos;: the works table has no geometry column with a CRS.</source>
        <translation>KIP-opslag '{path}': de tabel met werken heeft geen geometriekolom met een CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/results.py" line="35"/>
        <source>The KIP &apos;{path}&apos; has no table &apos;{table}&apos; for the results; open it once with this version of KIP to bring it up to date.</source>
        <translation>De KIP '{path}' heeft geen tabel '{table}' voor de resultaten; open hem één keer met deze versie van KIP om hem bij te werken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/results.py" line="43"/>
        <source>The results could not be written to the table &apos;{table}&apos;.</source>
        <translation>De resultaten konden niet naar de tabel '{table}' worden geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/results.py" line="55"/>
        <source>The run could not be noted in the KIP.</source>
        <translation>De analyse kon niet in de KIP worden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="138"/>
        <source>KIP: versions of the works being saved</source>
        <translation>KIP: versies van de werken die worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="152"/>
        <source>Your edits were not saved: you may not add works for {parties}; you may add works for: {yours}.</source>
        <translation>Uw bewerkingen zijn niet opgeslagen: u mag geen werken toevoegen voor {parties}; u mag werken toevoegen voor: {yours}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="199"/>
        <source>Your edits were not saved: someone else saved these works after you started editing.</source>
        <translation>Uw bewerkingen zijn niet opgeslagen: iemand anders heeft deze werken opgeslagen nadat u begon met bewerken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="202"/>
        <source>changed by someone else</source>
        <translation>gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="203"/>
        <source>• {work}: {what}</source>
        <translation>• {work}: {what}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="204"/>
        <source>Undo your changes to these works (or roll back), then edit them again on the current version; your other edits are still in the layer.</source>
        <translation>Maak uw wijzigingen van deze werken ongedaan (of draai alles terug) en bewerk ze dan opnieuw in de huidige versie; uw andere bewerkingen staan nog in de laag.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="209"/>
        <source>{work} ({owner})</source>
        <translation>{work} ({owner})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/version_guard.py" line="211"/>
        <source>Not saved, because they are not yours to change: {works}. Ask the coordinator or the party that owns them.</source>
        <translation>Niet opgeslagen, omdat u ze niet mag wijzigen: {works}. Vraag het de coördinator of de partij die er eigenaar van is.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/parties.py" line="60"/>
        <source>Line {line} of the parties: &apos;{kind}&apos; is not a kind of party ({kinds}).</source>
        <translation>Regel {line} van de partijen: '{kind}' is geen soort partij ({kinds}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/parties.py" line="71"/>
        <source>Line {line} of the parties (&apos;{text}&apos;): &apos;{code}&apos; is not a valid code; use lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Regel {line} van de partijen ('{text}'): '{code}' is geen geldige code; gebruik kleine letters, cijfers en '_', te beginnen met een letter.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/parties.py" line="79"/>
        <source>Line {line} of the parties: the code &apos;{code}&apos; is given twice.</source>
        <translation>Regel {line} van de partijen: de code '{code}' staat er twee keer.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="98"/>
        <source>Several parties: each row names its own</source>
        <translation>Meerdere partijen: elke rij noemt zijn eigen partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="102"/>
        <source>Add parties the KIP does not know yet</source>
        <translation>Partijen toevoegen die de KIP nog niet kent</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="106"/>
        <source>Party of each row</source>
        <translation>Partij van elke rij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="154"/>
        <source>Width per row (expression)</source>
        <translation>Breedte per rij (expressie)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="157"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="173"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="335"/>
        <source>Unsaved edits</source>
        <translation>Niet-opgeslagen bewerkingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_dialog.py" line="335"/>
        <source>The layers {layers} of this KIP have unsaved edits. Save them before importing? (Without saving, the import cannot start: the edits would overwrite what it changes.)</source>
        <translation>De lagen {layers} van deze KIP hebben niet-opgeslagen bewerkingen. Eerst opslaan en dan importeren? (Zonder opslaan kan de import niet beginnen: de bewerkingen zouden overschrijven wat de import verandert.)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/import_task.py" line="35"/>
        <source>KIP&apos;s Processing algorithms are not loaded.</source>
        <translation>De Processing-algoritmen van KIP zijn niet geladen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="45"/>
        <source>e.g. Ede</source>
        <translation>bijv. Ede</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="46"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="47"/>
        <source>Coordinate system (in metres)</source>
        <translation>Coördinatenstelsel (in meters)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="50"/>
        <source>Parties to start with</source>
        <translation>Partijen om mee te beginnen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="52"/>
        <source>The usual Dutch departments and partners ({names})</source>
        <translation>De gebruikelijke Nederlandse afdelingen en partners ({names})</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="55"/>
        <source>None: I add them later</source>
        <translation>Geen: ik voeg ze later toe</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="56"/>
        <source>These, one per line as &apos;code = name&apos; (add &apos;| partner&apos; for a partner):</source>
        <translation>Deze, één per regel als 'code = naam' (voeg '| partner' toe voor een partner):</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="94"/>
        <source>Choose a file name for the new KIP.</source>
        <translation>Kies een bestandsnaam voor de nieuwe KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/new_kip_dialog.py" line="97"/>
        <source>Choose a projected coordinate system in metres, such as EPSG:28992 (Amersfoort / RD New).</source>
        <translation>Kies een geprojecteerd coördinatenstelsel in meters, zoals EPSG:28992 (Amersfoort / RD New).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/areas.py" line="145"/>
        <source>The geometry of this row cannot be read.</source>
        <translation>De geometrie van deze rij is niet te lezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/areas.py" line="156"/>
        <source>&apos;{wkt}&apos; is not a geometry in WKT: {reason}.</source>
        <translation>'{wkt}' is geen geometrie in WKT: {reason}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/csvfile.py" line="208"/>
        <source>Line {line}: a value opens with a quote that is never closed, so the rest of the file would be read as part of it. Close the quote (or double a quote inside the value: &quot;&quot;).</source>
        <translation>Regel {line}: een waarde begint met een aanhalingsteken dat nergens wordt gesloten, zodat de rest van het bestand als deel ervan zou worden gelezen. Sluit het aanhalingsteken (of verdubbel een aanhalingsteken binnen de waarde: &quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/csvfile.py" line="215"/>
        <source>Line {line}: a quoted value is followed by more text before the next separator ({error}). Inside a quoted value a quote must be doubled (&quot;&quot;); correct the line and import again.</source>
        <translation>Regel {line}: na een waarde tussen aanhalingstekens volgt nog tekst vóór het volgende scheidingsteken ({error}). Binnen een waarde tussen aanhalingstekens moet een aanhalingsteken verdubbeld worden (&quot;&quot;); verbeter de regel en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/csvfile.py" line="243"/>
        <source>The row has {n} values where the header has {columns} columns: a separator too many, or a value holding the separator without quotes.</source>
        <translation>De rij heeft {n} waarden waar de kopregel {columns} kolommen heeft: een scheidingsteken te veel, of een waarde met het scheidingsteken erin zonder aanhalingstekens.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/csvfile.py" line="261"/>
        <source>The file mixes two encodings: rows {rows} are in Windows-1252, the others in UTF-8. KIP read each row in its own encoding; check the accents in those rows.</source>
        <translation>Het bestand mengt twee tekencoderingen: rijen {rows} zijn in Windows-1252, de andere in UTF-8. KIP heeft elke rij in zijn eigen codering gelezen; controleer de accenten in die rijen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/csvfile.py" line="288"/>
        <source>Line {line}: a quote opened in this line is closed only in a later line, so several lines would be read as one row. Close the quote where the value ends (or double a quote inside the value: &quot;&quot;).</source>
        <translation>Regel {line}: een aanhalingsteken dat in deze regel opent, sluit pas in een latere regel, zodat meerdere regels als één rij zouden worden gelezen. Sluit het aanhalingsteken waar de waarde eindigt (of verdubbel een aanhalingsteken binnen de waarde: &quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="179"/>
        <source>{n} empty rows were skipped.</source>
        <translation>{n} lege rijen zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="181"/>
        <source>Warning: no field is mapped to work_id, so every row is a new work; importing this delivery again would add all its works a second time. Map the delivery&apos;s own id to work_id.</source>
        <translation>Let op: geen veld is aan work_id gekoppeld, dus elke rij is een nieuw werk; deze levering nog eens importeren zou al haar werken een tweede keer toevoegen. Koppel het eigen id van de levering aan work_id.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="188"/>
        <source>Warning: all {n} rows were imported as works of &apos;{party}&apos;, but the column &apos;{column}&apos; names {k} different parties. KIP combines works of different parties only: give the party column as OWNER_FIELD (the party of each row).</source>
        <translation>Let op: alle {n} rijen zijn geïmporteerd als werken van '{party}', maar de kolom '{column}' noemt {k} verschillende partijen. KIP combineert alleen werken van verschillende partijen: geef de kolom met de partij op als OWNER_FIELD (de partij van elke rij).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="194"/>
        <source>Warning: all {n} rows belong to one party (&apos;{party}&apos;); KIP combines works of different parties only.</source>
        <translation>Let op: alle {n} rijen horen bij één partij ('{party}'); KIP combineert alleen werken van verschillende partijen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/engine.py" line="240"/>
        <source>KIP wrote {wrote_new} new, {wrote_updated} updated and {wrote_cancelled} cancelled works, but the KIP now holds {new}, {updated} and {cancelled} of them; another program may have changed it at the same time.</source>
        <translation>KIP schreef {wrote_new} nieuwe, {wrote_updated} bijgewerkte en {wrote_cancelled} vervallen werken, maar de KIP bevat er nu {new}, {updated} en {cancelled} van; misschien heeft een ander programma haar tegelijk gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/judge.py" line="128"/>
        <source>The width &apos;{value}&apos; from the width expression is not a positive number of metres.</source>
        <translation>De breedte '{value}' uit de breedte-expressie is geen positief aantal meters.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="219"/>
        <source>The code value &apos;{value}&apos; = &apos;{code}&apos;: &apos;{code}&apos; is neither a code of KIP (for example sewer, planned, high, or their labels such as Riolering) nor a department or partner of this KIP.</source>
        <translation>De codewaarde '{value}' = '{code}': '{code}' is geen code van KIP (zoals sewer, planned, high, of hun labels zoals Riolering) en ook geen afdeling of partner van deze KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/owners.py" line="60"/>
        <source>The department or partner of this row is empty.</source>
        <translation>De afdeling of partner van deze rij is leeg.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/owners.py" line="95"/>
        <source>&apos;{value}&apos; is not a department or partner of this KIP; map it under code values (&apos;{value} = code&apos;) or let KIP add unknown parties.</source>
        <translation>'{value}' is geen afdeling of partner van deze KIP; koppel het bij de codewaarden ('{value} = code') of laat KIP onbekende partijen toevoegen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/plan.py" line="141"/>
        <source>You may not change the works of &apos;{owner}&apos; in this shared KIP; its own login, or a coordinator, can import them.</source>
        <translation>U mag de werken van '{owner}' in deze gedeelde KIP niet wijzigen; de eigen login van die partij, of een coördinator, kan ze importeren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="134"/>
        <source>{n} rejected rows belong to works already in the KIP; those works were left as they were (rows {rows}).</source>
        <translation>{n} afgewezen rijen horen bij werken die al in de KIP staan; die werken zijn gelaten zoals ze waren (rijen {rows}).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="150"/>
        <source>Unknown departments or partners: {values}. Map them under code values (&apos;name = code&apos;) or let KIP add unknown parties.</source>
        <translation>Onbekende afdelingen of partners: {values}. Koppel ze bij de codewaarden ('naam = code') of laat KIP onbekende partijen toevoegen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="154"/>
        <source>Added to the KIP as new parties: {parties}.</source>
        <translation>Als nieuwe partijen aan de KIP toegevoegd: {parties}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/report.py" line="157"/>
        <source>Rows per party: {parties}.</source>
        <translation>Rijen per partij: {parties}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/sources.py" line="158"/>
        <source>The shapefile &apos;{path}&apos; comes without its .dbf file, which holds the values of the rows (dates, ids, names). Deliver the .shp, .shx, .dbf and .prj files together (or a ZIP of them).</source>
        <translation>Het shapebestand '{path}' komt zonder zijn .dbf-bestand, dat de waarden van de rijen bevat (datums, id's, namen). Lever de .shp-, .shx-, .dbf- en .prj-bestanden samen aan (of een ZIP ervan).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/table.py" line="102"/>
        <source>Reading the delivery took longer than {seconds} seconds and was stopped; nothing was imported. A slow database view or network drive? Export it to a file first.</source>
        <translation>Het lezen van de levering duurde langer dan {seconds} seconden en is gestopt; er is niets geïmporteerd. Een trage databaseview of netwerkschijf? Exporteer hem eerst naar een bestand.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="94"/>
        <source>The delivery lies around {where} (given in {source}), outside the area where the KIP&apos;s coordinate system {crs} ({name}) can be used: {area}. Nothing was imported; check the coordinate system of the delivery (the source CRS).</source>
        <translation>De levering ligt rond {where} (opgegeven in {source}), buiten het gebied waar het coördinatenstelsel van de KIP, {crs} ({name}), bruikbaar is: {area}. Er is niets geïmporteerd; controleer het coördinatenstelsel van de levering (het bron-CRS).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="132"/>
        <source>The location has coordinates that are not finite numbers (NaN or infinite).</source>
        <translation>De locatie heeft coördinaten die geen eindige getallen zijn (NaN of oneindig).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="176"/>
        <source>The location ({x:.0f}, {y:.0f}) lies outside the area where the KIP&apos;s coordinate system {crs} can be used ({area}); check the coordinates.</source>
        <translation>De locatie ({x:.0f}, {y:.0f}) ligt buiten het gebied waar het coördinatenstelsel van de KIP, {crs}, bruikbaar is ({area}); controleer de coördinaten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/workareas.py" line="187"/>
        <source>The work area is {km:.0f} km across; that is not one work in public space. Check the coordinates.</source>
        <translation>Het werkgebied is {km:.0f} km groot; dat is niet één werk in de openbare ruimte. Controleer de coördinaten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/writer.py" line="138"/>
        <source>The KIP took {n} of {total} new works; nothing was imported.</source>
        <translation>De KIP nam {n} van de {total} nieuwe werken aan; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/writer.py" line="181"/>
        <source>Could not update works in the KIP: {error}</source>
        <translation>Kon werken in de KIP niet bijwerken: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/writer.py" line="184"/>
        <source>Could not update work areas in the KIP: {error}</source>
        <translation>Kon werkgebieden in de KIP niet bijwerken: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/writer.py" line="198"/>
        <source>Could not cancel works in the KIP: {error}</source>
        <translation>Kon werken in de KIP niet op vervallen zetten: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/writer.py" line="216"/>
        <source>Could not add the new parties to the KIP: {error}</source>
        <translation>Kon de nieuwe partijen niet aan de KIP toevoegen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="39"/>
        <source>Add party</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="42"/>
        <source>Adds a department, partner or residents&apos; group to a KIP store.

CODE: lower-case letters, digits and &apos;_&apos;, starting with a letter (e.g. enexis); it is the owner of the party&apos;s works and the start of their ids. NAME: as people know it. KIND: department, partner or resident. COLOUR: the party&apos;s colour on maps (empty: one no party uses yet).
STORE: the KIP GeoPackage or shared KIP (empty: the KIP open in this project). When the KIP is open in the project, the party&apos;s layer is added to it.</source>
        <translation>Voegt een afdeling, partner of bewonersgroep toe aan een KIP-opslag.

CODE: kleine letters, cijfers en '_', te beginnen met een letter (bijv. enexis); het is de eigenaar van de werken van de partij en het begin van hun id's. NAME: zoals men de partij kent. KIND: department (afdeling), partner of resident (bewoners). COLOUR: de kleur van de partij op kaarten (leeg: een kleur die nog geen partij heeft).
STORE: de KIP-GeoPackage of gedeelde KIP (leeg: de KIP die in dit project open is). Is de KIP open in het project, dan wordt de laag van de partij eraan toegevoegd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="66"/>
        <source>Unknown kind of party: &apos;{kind}&apos;; use one of: {kinds}.</source>
        <translation>Onbekende soort partij: '{kind}'; gebruik een van: {kinds}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/add_party.py" line="75"/>
        <source>Added &apos;{name}&apos; ({code}) to &apos;{path}&apos;.</source>
        <translation>'{name}' ({code}) toegevoegd aan '{path}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/algorithm.py" line="86"/>
        <source>Cannot write &apos;{path}&apos;: {reason}</source>
        <translation>Kan '{path}' niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="35"/>
        <source>KIP store</source>
        <translation>KIP-opslag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="58"/>
        <source>Row {row} of &apos;{path}&apos;: {problem}</source>
        <translation>Rij {row} van '{path}': {problem}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="79"/>
        <source>Create KIP</source>
        <translation>KIP maken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="82"/>
        <source>Creates a new, empty KIP store (a GeoPackage) for a municipality.

CRS: a projected coordinate system in metres in which distances are measured (default EPSG:28992, Amersfoort / RD New, for the Netherlands). Deliveries far outside its area of use are refused.
MUNICIPALITY: the name of the municipality, kept in the store.
PARTIES: empty for the usual Dutch departments and partners (programmering, verkeer, riolering, groen, Liander, Vitens, …); lines 'code = name' (optionally '| partner' or '| resident' after the name); the path of a CSV file with the columns code and name (kind and colour optional); or 'none' for a KIP without parties (add them later with Add party).</source>
        <translation>Maakt een nieuwe, lege KIP-opslag (een GeoPackage) voor een gemeente.

CRS: een geprojecteerd coördinatenstelsel in meters waarin afstanden worden gemeten (standaard EPSG:28992, Amersfoort / RD New, voor Nederland). Leveringen ver buiten het gebied waar het bruikbaar is, worden geweigerd.
MUNICIPALITY: de naam van de gemeente, bewaard in de opslag.
PARTIES: leeg voor de gebruikelijke Nederlandse afdelingen en partners (programmering, verkeer, riolering, groen, Liander, Vitens, …); regels 'code = naam' (eventueel met '| partner' of '| resident' na de naam); het pad van een CSV-bestand met de kolommen code en name (kind en colour naar keuze); of 'none' voor een KIP zonder partijen (voeg ze later toe met Partij toevoegen).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="94"/>
        <source>New KIP store</source>
        <translation>Nieuwe KIP-opslag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="96"/>
        <source>Coordinate system (projected, in metres)</source>
        <translation>Coördinatenstelsel (geprojecteerd, in meters)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="99"/>
        <source>Parties (empty: the usual Dutch ones; &apos;code = name&apos; lines; a CSV file; or &apos;none&apos;)</source>
        <translation>Partijen (leeg: de gebruikelijke Nederlandse; regels 'code = naam'; een CSV-bestand; of 'none')</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="102"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="113"/>
        <source>&apos;{crs}&apos; ({name}) is not a projected coordinate system in metres; KIP measures distances in metres. Choose one such as EPSG:28992 (Amersfoort / RD New).</source>
        <translation>'{crs}' ({name}) is geen geprojecteerd coördinatenstelsel in meters; KIP meet afstanden in meters. Kies er een zoals EPSG:28992 (Amersfoort / RD New).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/create_kip.py" line="125"/>
        <source>KIP store &apos;{path}&apos; created in {crs} with {n} parties.</source>
        <translation>KIP-opslag '{path}' gemaakt in {crs} met {n} partijen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_works.py" line="38"/>
        <source>Writes the works of the KIP to a file for partners: GeoJSON (WGS 84, as the GeoJSON standard asks) or CSV (UTF-8 with BOM, geometry as WKT in the KIP&apos;s coordinate system, dates as yyyy-mm-dd; a text that a spreadsheet would run as a formula, starting with =, +, -, @, tab or return, gets a leading &apos; so that it stays text). The file type follows the extension. PARTIES: codes separated by commas (empty: all). The file appears only when it is complete: an earlier file of the same name stays as it was until then. The file can be imported again with Import plan.</source>
        <translation>Schrijft de werken van de KIP naar een bestand voor partners: GeoJSON (WGS 84, zoals de GeoJSON-standaard vraagt) of CSV (UTF-8 met BOM, geometrie als WKT in het coördinatenstelsel van de KIP, datums als jjjj-mm-dd; een tekst die een spreadsheet als formule zou uitvoeren, beginnend met =, +, -, @, tab of regeleinde, krijgt een ' ervoor zodat hij tekst blijft). Het bestandstype volgt de extensie. PARTIES: codes gescheiden door komma's (leeg: alle). Het bestand verschijnt pas als het compleet is: een eerder bestand met dezelfde naam blijft tot dan zoals het was. Het bestand kan opnieuw worden ingelezen met Planning importeren.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/export.py" line="95"/>
        <source>Could not prepare the works for writing; no file was written.</source>
        <translation>Kon de werken niet klaarzetten om te schrijven; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/export.py" line="116"/>
        <source>The disk is full: &apos;{path}&apos; was not written and any earlier file of that name is unchanged.</source>
        <translation>De schijf is vol: '{path}' is niet geschreven en een eerder bestand met die naam is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/export.py" line="119"/>
        <source>Could not write &apos;{path}&apos; ({error}); any earlier file of that name is unchanged.</source>
        <translation>Kon '{path}' niet schrijven ({error}); een eerder bestand met die naam is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_common.py" line="202"/>
        <source>The import was saved in the KIP, but the output &apos;{output}&apos; could not be written: {error}</source>
        <translation>De import is in de KIP opgeslagen, maar de uitvoer '{output}' kon niet worden geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="245"/>
        <source>KIP&apos;s import needs the Python package shapely 2, as the detection does; see the installation guide. Nothing was imported.</source>
        <translation>De import van KIP heeft het Python-pakket shapely 2 nodig, net als de detectie; zie de installatiehandleiding. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="75"/>
        <source>Imports the planned works of a department or partner (or of many, from one file) into the KIP.

INPUT: a CSV (any encoding, &apos;,&apos; or &apos;;&apos;), XLSX, shapefile, GeoJSON or GeoPackage file, or the id of a layer in the project. Tables need coordinate columns (x/y or lon/lat) or a WKT column.
MAPPING: one line per KIP field, &apos;kip_field = source field or expression&apos; (or JSON). Empty: the mapping last saved for the party, else one guessed from the field names.
DATE_FORMATS: e.g. &apos;dd-mm-yyyy; d mmmm yyyy&apos; or &apos;MM/DD/YYYY hh:mm:ss AM&apos;; empty: recognised automatically.
OWNER: the code of the party for all rows; or OWNER_FIELD: a field or expression naming each row&apos;s party (matched to the parties&apos; codes and names, or through code values such as &apos;Liander N.V. = liander&apos;); ADD_PARTIES adds parties the KIP does not know instead of rejecting their rows.
CODE_VALUES: lines &apos;delivered value = code&apos;, e.g. &apos;Riolering vervangen = sewer&apos; (a label such as &apos;Riolering&apos; works too).
Points and lines become work areas of the given width (metres), per work type if you like (&apos;sewer = 3&apos;), or per row with WIDTH_EXPRESSION (e.g. 2 * sqrt(&quot;surface&quot; / pi())).
MODE append adds new works and updates works with a known id; replace also reports works missing from the delivery and, if asked, marks them cancelled.
Rows that cannot be used go to the rejected layer with all their values and the reason; row numbers are those of the spreadsheet (the header is row 1). Nothing is written unless the whole import succeeds; the numbers reported are read back from the KIP. STORE: the KIP GeoPackage (empty: the KIP of this project). An import refuses while a layer of the KIP has unsaved edits, unless COMMIT_EDITS saves them first.</source>
        <translation>Importeert de geplande werken van een afdeling of partner (of van velen, uit één bestand) in de KIP.

INPUT: een CSV-bestand (elke codering, ',' of ';'), XLSX, shapebestand, GeoJSON of GeoPackage, of het id van een laag in het project. Tabellen hebben coördinaatkolommen (x/y of lon/lat) of een WKT-kolom nodig.
MAPPING: één regel per KIP-veld, 'kip_veld = bronveld of expressie' (of JSON). Leeg: de koppeling die voor de partij het laatst is opgeslagen, anders een die uit de veldnamen is geraden.
DATE_FORMATS: bijv. 'dd-mm-jjjj; d mmmm jjjj' of 'MM/DD/YYYY hh:mm:ss AM'; leeg: automatisch herkend.
OWNER: de code van de partij voor alle rijen; of OWNER_FIELD: een veld of expressie die de partij van elke rij noemt (gekoppeld aan de codes en namen van de partijen, of via codewaarden zoals 'Liander N.V. = liander'); ADD_PARTIES voegt partijen toe die de KIP niet kent in plaats van hun rijen af te wijzen.
CODE_VALUES: regels 'geleverde waarde = code', bijv. 'Riolering vervangen = sewer' (een label zoals 'Riolering' werkt ook).
Punten en lijnen worden werkgebieden van de opgegeven breedte (meters), desgewenst per soort werk ('sewer = 3'), of per rij met WIDTH_EXPRESSION (bijv. 2 * sqrt(&quot;surface&quot; / pi())).
MODE toevoegen voegt nieuwe werken toe en werkt werken met een bekend id bij; vervangen meldt ook werken die in de levering ontbreken en zet ze desgevraagd op vervallen.
Rijen die niet bruikbaar zijn gaan met al hun waarden en de reden naar de laag met afgewezen rijen; de rijnummers zijn die van de spreadsheet (de kopregel is rij 1). Er wordt niets geschreven tenzij de hele import slaagt; de gemelde aantallen worden uit de KIP teruggelezen. STORE: de KIP-GeoPackage (leeg: de KIP van dit project). Een import weigert zolang een laag van de KIP niet-opgeslagen bewerkingen heeft, tenzij COMMIT_EDITS ze eerst opslaat.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="106"/>
        <source>Party of each row: source field or expression (empty: OWNER for all rows)</source>
        <translation>Partij van elke rij: bronveld of expressie (leeg: OWNER voor alle rijen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="108"/>
        <source>Add parties the KIP does not know yet (instead of rejecting their rows)</source>
        <translation>Partijen toevoegen die de KIP nog niet kent (in plaats van hun rijen af te wijzen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="126"/>
        <source>Width of each work area (m): expression per row (empty: the widths above)</source>
        <translation>Breedte van elk werkgebied (m): expressie per rij (leeg: de breedtes hierboven)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="134"/>
        <source>Save unsaved edits of this KIP first (else the import refuses)</source>
        <translation>Niet-opgeslagen bewerkingen van deze KIP eerst opslaan (anders weigert de import)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="199"/>
        <source>The unsaved edits of the KIP could not be saved ({errors}); nothing was imported.</source>
        <translation>De niet-opgeslagen bewerkingen van de KIP konden niet worden opgeslagen ({errors}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="202"/>
        <source>The layers {layers} of this KIP have unsaved edits; an import now would be overwritten when they are saved. Save or discard the edits first (or let KIP save them), then import; nothing was imported.</source>
        <translation>De lagen {layers} van deze KIP hebben niet-opgeslagen bewerkingen; een import nu zou worden overschreven als ze worden opgeslagen. Sla de bewerkingen eerst op of verwerp ze (of laat KIP ze opslaan) en importeer dan; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="260"/>
        <source>Give the department or partner of the delivery (OWNER), or the field that names each row&apos;s party (OWNER_FIELD).</source>
        <translation>Geef de afdeling of partner van de levering op (OWNER), of het veld dat de partij van elke rij noemt (OWNER_FIELD).</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/import_plan.py" line="292"/>
        <source>{n} rows read from &apos;{source}&apos;.</source>
        <translation>{n} rijen gelezen uit '{source}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="32"/>
        <source>The KIP is locked by another program; nothing was imported. Try again when it has finished.</source>
        <translation>De KIP is vergrendeld door een ander programma; er is niets geïmporteerd. Probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="34"/>
        <source>The disk holding the KIP is full; nothing was imported. Make room and import again.</source>
        <translation>De schijf met de KIP is vol; er is niets geïmporteerd. Maak ruimte en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/transaction.py" line="58"/>
        <source>The KIP store &apos;{path}&apos; contains triggers that KIP did not make ({names}); they could change or delete works behind KIP&apos;s back, so KIP does not write to it. Nothing was imported.</source>
        <translation>De KIP-opslag '{path}' bevat triggers die KIP niet heeft gemaakt ({names}); die kunnen buiten KIP om werken wijzigen of verwijderen, dus KIP schrijft er niet naar. Er is niets geïmporteerd.</translation>
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
        <location filename="../kip_plugin/store/background.py" line="221"/>
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
        <location filename="../kip_plugin/gui/timeline_view.py" line="86"/>
        <source>No KIP is open: open or create one from the KIP toolbar.</source>
        <translation>Er is geen KIP geopend: open of maak er een via de KIP-werkbalk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/timeline_dock.py" line="238"/>
        <source>This KIP has no works yet: import a plan, or add works to a department&apos;s or partner&apos;s layer.</source>
        <translation>Deze KIP bevat nog geen werken: importeer een planning, of voeg werken toe aan de laag van een afdeling of partner.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/installer.py" line="125"/>
        <source>KIP&apos;s own Python packages are used from: {folders}</source>
        <translation>De eigen Python-pakketten van KIP worden gebruikt uit: {folders}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="48"/>
        <source>Which field of the district layer &apos;{layer}&apos; holds the districts&apos; names? None is called name, naam or statnaam; choose one as the name field. Its text fields are: {fields}.</source>
        <translation>Welk veld van de wijkenlaag '{layer}' bevat de namen van de wijken? Geen enkel veld heet name, naam of statnaam; kies er een als naamveld. De tekstvelden zijn: {fields}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="70"/>
        <source>All works</source>
        <translation>Alle werken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="80"/>
        <source>Area {cell}</source>
        <translation>Vak {cell}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/areas.py" line="95"/>
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
        <location filename="../kip_plugin/layouts/builder.py" line="171"/>
        <source>Works in this district (continued)</source>
        <translation>Werken in deze wijk (vervolg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/builder.py" line="172"/>
        <source>Conflicts (continued)</source>
        <translation>Conflicten (vervolg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/council.py" line="107"/>
        <source>No works in the period {start} – {end}: check the period and that the works layers are the right ones.</source>
        <translation>Geen werken in de periode {start} – {end}: controleer de periode en of de lagen met werken de juiste zijn.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/dialog.py" line="54"/>
        <source>A print layout with a cover page and one page per district (without districts: pages over a grid of the works); adjust it in the layout designer and export it from there.</source>
        <translation>Een afdruklay-out met een voorblad en een pagina per wijk (zonder wijken: pagina's over een raster van de werken); pas hem aan in de lay-outontwerper en exporteer hem daar.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/layouts/snapshot.py" line="200"/>
        <source>{n} works: {titles}</source>
        <translation>{n} werken: {titles}</translation>
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
        <location filename="../kip_plugin/plugin.py" line="93"/>
        <source>Background map…</source>
        <translation>Achtergrondkaart…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="93"/>
        <source>Choose the map drawn under the works: streets, BGT, NWB, OpenStreetMap or PDOK</source>
        <translation>Kies de kaart onder de werken: straten, BGT, NWB, OpenStreetMap of PDOK</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="342"/>
        <source>Install missing packages…</source>
        <translation>Ontbrekende pakketten installeren…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="101"/>
        <source>Install the Python packages KIP needs (shapely 2, OR-Tools) into KIP&apos;s folder</source>
        <translation>De Python-pakketten die KIP nodig heeft (shapely 2, OR-Tools) installeren in de map van KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="32"/>
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
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="59"/>
        <source>Group road closures into closure clusters (one conflict each)</source>
        <translation>Wegafsluitingen groeperen tot afsluitingsclusters (één conflict per cluster)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/detect_conflicts.py" line="84"/>
        <source>(closure clusters of {n} works together)</source>
        <translation>(afsluitingsclusters van samen {n} werken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="68"/>
        <source>Makes one PDF for the council: a cover page with the title, the date, the period, an overview map of all works by department or partner and the key figures (works, combinations, digs saved, conflicts), then one page per district with a map of its works, combinations and conflicts, a legend, scale bar and north arrow, the district&apos;s timeline and a table of its works.

Only works that are not done or cancelled and that overlap the period are shown. The period runs from the start date (empty: today) to the end date (empty: 24 months later). Districts without works in the period are skipped (and named on the cover) or get a page saying so. Without a district layer the pages cover a grid of squares over the works (one page when they lie close together). The district names come from the name field, else from a field called name, naam or statnaam. A district whose works or conflicts do not fit on its page continues on the next.

The combination and conflict layers are the outputs of &apos;Detect combinable works&apos; and &apos;Detect conflicts&apos;; without them the map shows the works only. The background (e.g. BGT or NWB roads, an OpenStreetMap extract, the PDOK map) is drawn under everything, with street names on the district pages; without one KIP uses the streets it ships with where they cover the works.

Each district page also says whose money its works involve (project and maintenance budgets) and what combining saves on reinstatement, when the works and combinations carry those figures. THEMES, the theme areas written by &apos;Theme signals&apos;, add a page per theme area after the districts: its works, timeline and how the works serve the theme.</source>
        <translation>Maakt één PDF voor de raad: een voorblad met de titel, de datum, de periode, een overzichtskaart van alle werken per afdeling of partner en de kerncijfers (werken, combinaties, keren graven bespaard, conflicten), daarna een pagina per wijk met een kaart van de werken, combinaties en conflicten, een legenda, schaalbalk en noordpijl, de tijdlijn van de wijk en een tabel van de werken.

Alleen werken die niet gereed of vervallen zijn en die in de periode vallen worden getoond. De periode loopt van de begindatum (leeg: vandaag) tot de einddatum (leeg: 24 maanden later). Wijken zonder werken in de periode worden overgeslagen (en op het voorblad genoemd) of krijgen een pagina die dat meldt. Zonder wijkenlaag beslaan de pagina's een raster van vierkanten over de werken (één pagina als ze dicht bij elkaar liggen). De namen van de wijken komen uit het naamveld, anders uit een veld dat name, naam of statnaam heet. Een wijk waarvan de werken of conflicten niet op de pagina passen, gaat verder op de volgende.

De lagen met combinaties en conflicten zijn de uitvoer van 'Combineerbare werken zoeken' en 'Conflicterende werken zoeken'; zonder die lagen toont de kaart alleen de werken. De achtergrondkaart (bijv. wegen uit de BGT of het NWB, een uitsnede van OpenStreetMap, de PDOK-kaart) wordt onder alles getekend, met straatnamen op de wijkpagina's; zonder achtergrondkaart gebruikt KIP de meegeleverde straten als die de werken bestrijken.

Elke wijkpagina vermeldt ook wiens geld er met de werken gemoeid is (projectgeld en beheergeld) en wat combineren bespaart op herstraten, als de werken en combinaties die bedragen hebben. THEMES, de themagebieden die 'Themasignalen' schrijft, voegt na de wijken een pagina per themagebied toe: de werken, de tijdlijn en hoe de werken het thema dienen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="118"/>
        <source>Districts (one page each; empty: a grid over the works)</source>
        <translation>Wijken (elk een pagina; leeg: een raster over de werken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/export_council_map.py" line="143"/>
        <source>Background map (empty: the streets shipped with KIP where they cover the works)</source>
        <translation>Achtergrondkaart (leeg: de meegeleverde straten als die de werken bestrijken)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="163"/>
        <source>Streets: generated for the KIP demo of Ede</source>
        <translation>Straten: gegenereerd voor de KIP-demo van Ede</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/background.py" line="191"/>
        <source>Background</source>
        <translation>Achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="73"/>
        <source>Every work needs a title.</source>
        <translation>Elk werk heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="77"/>
        <source>Choose the type of work.</source>
        <translation>Kies het soort werk.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="118"/>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/algorithm.py" line="142"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/importer/writer.py" line="133"/>
        <source>Could not add works to the KIP (first: &apos;{id}&apos;): {error}</source>
        <translation>Kon geen werken aan de KIP toevoegen (eerste: '{id}'): {error}</translation>
    </message>
</context>
</TS>
