<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="86" />
        <source>The rule file '{source}': '{key}' must be a list of work types.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="122" />
        <source>The rule file '{source}': unknown work type '{type}' in '{key}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="138" />
        <source>The rule file '{source}': '{key}' must be a number of at least 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="144" />
        <source>The rule file '{source}': '{key}' must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="157" />
        <source>Cannot read the rule file '{source}': {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="163" />
        <source>The rule file '{source}' is not valid JSON: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="169" />
        <source>The rule file '{source}' must hold a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="66" />
        <source>Road resurfacing</source>
        <translation>Nieuwe deklaag weg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="67" />
        <source>Road reconstruction</source>
        <translation>Reconstructie weg</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="68" />
        <source>Sewer</source>
        <translation>Riolering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="69" />
        <source>Water main</source>
        <translation>Waterleiding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="70" />
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="71" />
        <source>Electricity</source>
        <translation>Elektriciteit</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="72" />
        <source>Telecom</source>
        <translation>Telecom</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="73" />
        <source>District heating</source>
        <translation>Warmtenet</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="74" />
        <source>Street lighting</source>
        <translation>Openbare verlichting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="75" />
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="76" />
        <source>Traffic measure</source>
        <translation>Verkeersmaatregel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="77" />
        <source>Building project</source>
        <translation>Bouwproject</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="78" />
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="79" />
        <source>Residents' initiative</source>
        <translation>Bewonersinitiatief</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="80" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="84" />
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="85" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="86" />
        <source>In preparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="87" />
        <source>In execution</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="88" />
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="89" />
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="95" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="96" />
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="231" />
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="230" />
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="102" />
        <source>Project budget</source>
        <translation>Projectgeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="103" />
        <source>Maintenance budget</source>
        <translation>Beheergeld</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="107" />
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="108" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="109" />
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Work id</source>
        <translation>Werk-id</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Department or partner</source>
        <translation>Afdeling of partner</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Type of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Earliest start</source>
        <translation>Vroegste begin</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Latest end</source>
        <translation>Uiterste einde</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Excavation</source>
        <translation>Graafwerk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Road closure</source>
        <translation>Wegafsluiting</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Disruption</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Budget type</source>
        <translation>Soort budget</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120" />
        <source>Updated at</source>
        <translation>Bijgewerkt op</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="44" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="43" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="45" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="46" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="222" />
        <source>Digging after new paving</source>
        <translation>Graven na nieuwe bestrating</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="223" />
        <source>Road closures at the same time</source>
        <translation>Gelijktijdige wegafsluitingen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="224" />
        <source>Event during works</source>
        <translation>Evenement tijdens werkzaamheden</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="29" />
        <source>Add department/partner</source>
        <translation>Afdeling/partner toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="35" />
        <source>derived from the name</source>
        <translation>afgeleid van de naam</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="165" />
        <source>Give the department or partner a name.</source>
        <translation>Geef de afdeling of partner een naam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="158" />
        <source>The code '{code}' is not valid: use lower-case letters, digits and '_', starting with a letter.</source>
        <translation>De code '{code}' is ongeldig: gebruik kleine letters, cijfers en '_', en begin met een letter.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="169" />
        <source>A party with the code '{code}' exists already.</source>
        <translation>Er bestaat al een partij met de code '{code}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/project.py" line="19" />
        <source>KIP</source>
        <translation>KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="51" />
        <source>&amp;KIP</source>
        <translation>&amp;KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="60" />
        <source>New KIP…</source>
        <translation>Nieuwe KIP…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="60" />
        <source>Create a new, empty KIP store</source>
        <translation>Een nieuwe, lege KIP-opslag maken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="61" />
        <source>Open KIP…</source>
        <translation>KIP openen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="61" />
        <source>Open a KIP store and show its works</source>
        <translation>Een KIP-opslag openen en de werken tonen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="62" />
        <source>Add department/partner…</source>
        <translation>Afdeling/partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="62" />
        <source>Add a department or partner with its own layer</source>
        <translation>Een afdeling of partner met een eigen laag toevoegen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="105" />
        <source>New KIP</source>
        <translation>Nieuwe KIP</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="121" />
        <source>KIP store (*.gpkg)</source>
        <translation>KIP-opslag (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="121" />
        <source>Open KIP</source>
        <translation>KIP openen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="143" />
        <source>The KIP '{path}' is write-protected; it is open read-only.</source>
        <translation>De KIP '{path}' is schrijfbeveiligd; hij is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="148" />
        <source>Opened the KIP '{path}'.</source>
        <translation>De KIP '{path}' is geopend.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="158" />
        <source>Open or create a KIP first.</source>
        <translation>Open of maak eerst een KIP.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="178" />
        <source>Added '{name}'.</source>
        <translation>'{name}' is toegevoegd.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/provider.py" line="21" />
        <source>KIP: integrated planning of works in public space</source>
        <translation>KIP: integrale planning van werken in de openbare ruimte</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="28" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="28" />
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="28" />
        <source>Neighbourhoods</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="56" />
        <source>Context</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="67" />
        <source>Source: CBS, Kadaster</source>
        <translation>Bron: CBS, Kadaster</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="67" />
        <source>The file '{path}' does not exist.</source>
        <translation>Het bestand '{path}' bestaat niet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="69" />
        <source>The file '{path}' cannot be read.</source>
        <translation>Het bestand '{path}' kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="85" />
        <source>The file '{path}' already exists; choose a new file name.</source>
        <translation>Het bestand '{path}' bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="90" />
        <source>Cannot write in the folder '{folder}'.</source>
        <translation>Kan niet schrijven in de map '{folder}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="93" />
        <source>The KIP store needs a projected CRS in metres; '{crs}' is not one.</source>
        <translation>De KIP-opslag heeft een geprojecteerd CRS in meters nodig; '{crs}' is dat niet.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="118" />
        <source>Cannot open the works of the KIP store '{path}'.</source>
        <translation>Kan de werken van de KIP-opslag '{path}' niet openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="132" />
        <source>Cannot open the parties of the KIP store '{path}'.</source>
        <translation>Kan de partijen van de KIP-opslag '{path}' niet openen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="156" />
        <source>The KIP store '{path}' is read-only.</source>
        <translation>De KIP-opslag '{path}' is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="167" />
        <source>Unknown kind of party: '{kind}'.</source>
        <translation>Onbekende soort partij: '{kind}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="179" />
        <source>Could not add '{code}': {error}</source>
        <translation>Kon '{code}' niet toevoegen: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="179" />
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="218" />
        <source>'{path}' is not a KIP store: it is not a GeoPackage.</source>
        <translation>'{path}' is geen KIP-opslag: het is geen GeoPackage.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="225" />
        <source>'{path}' is not a KIP store: the table '{table}' is missing.</source>
        <translation>'{path}' is geen KIP-opslag: de tabel '{table}' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="235" />
        <source>The KIP store '{path}' has schema version '{version}'; this version of KIP reads version {supported} and older.</source>
        <translation>De KIP-opslag '{path}' heeft schemaversie '{version}'; deze versie van KIP leest versie {supported} en ouder.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="245" />
        <source>The KIP store '{path}': the works table must hold polygons.</source>
        <translation>KIP-opslag '{path}': de tabel met werken moet vlakken bevatten.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="253" />
        <source>The KIP store '{path}' has no valid CRS.</source>
        <translation>De KIP-opslag '{path}' heeft geen geldig CRS.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="278" />
        <source>The KIP store '{path}': the table '{table}' has no field '{field}'.</source>
        <translation>KIP-opslag '{path}': de tabel '{table}' heeft geen veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="286" />
        <source>The KIP store '{path}': the field '{field}' of table '{table}' has type {actual}; expected {expected}.</source>
        <translation>KIP-opslag '{path}': het veld '{field}' van tabel '{table}' is van het type {actual}; verwacht is {expected}.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="307" />
        <source>Could not create the GeoPackage '{path}'.</source>
        <translation>Kon de GeoPackage '{path}' niet maken.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="36" />
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="37" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="38" />
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="39" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="40" />
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="46" />
        <source>The end date must not be before the start date.</source>
        <translation>De einddatum mag niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="56" />
        <source>The earliest start must not be after the start date.</source>
        <translation>Het vroegste begin mag niet na de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="61" />
        <source>The latest end must not be before the end date.</source>
        <translation>Het uiterste einde mag niet vóór de einddatum liggen.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="65" />
        <source>Every work needs a work id.</source>
        <translation>Elk werk heeft een werk-id nodig.</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="76" />
        <source>Done or cancelled</source>
        <translation>Gereed of vervallen</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="94" />
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="106" />
        <source>Could not store the style '{name}' in the KIP: {error}</source>
        <translation>Kon de stijl '{name}' niet in de KIP opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="118" />
        <source>KIP: all works by party</source>
        <translation>KIP: alle werken per partij</translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="122" />
        <source>KIP: works of {name}</source>
        <translation>KIP: werken van {name}</translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="67" />
        <source>'{value}' is not a valid date: there is no day {day} in month {month} of {year}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="106" />
        <source>'{value}' is not a valid time: {hour} AM/PM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="115" />
        <source>'{value}' is not a date: '{name}' is not a month name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="177" />
        <source>'{value}' is not a date (write it e.g. as {examples}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="255" />
        <source>The date format '{format}' needs a day (dd), a month (mm or mmmm) and a year (yyyy or yy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="247" />
        <source>The date format '{format}' uses '{code}', which KIP does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/core/dates.py" line="299" />
        <source>'{value}' does not match the date format {formats}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="39" />
        <source>'{value}' is not yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="62" />
        <source>'{value}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="116" />
        <source>{field}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="125" />
        <source>The work id is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="141" />
        <source>'{value}' is not a known value; map it to one of: {codes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="163" />
        <source>{field} is empty; every work needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="167" />
        <source>The end date {end} lies before the start date {start}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="175" />
        <source>The earliest start {earliest} lies after the start date {start}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/convert.py" line="182" />
        <source>The latest end {latest} lies before the end date {end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="85" />
        <source>The saved mapping is not readable: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="118" />
        <source>The mapping is not valid JSON: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="127" />
        <source>Line {line} of the mapping ('{text}') is not of the form 'name = value'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="140" />
        <source>'{name}' is not a KIP field that an import can fill; use one of: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="159" />
        <source>The code value '{value}' = '{code}': '{code}' is not a code of KIP (for example sewer, planned, high).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="167" />
        <source>The code value '{value}' = '{code}': '{code}' is not a code of the list {list}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="179" />
        <source>The width for '{type}': that is not a work type of KIP ({types}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../kip_plugin/importer/mapping.py" line="188" />
        <source>The width for '{type}' must be a positive number of metres, not '{width}'.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
