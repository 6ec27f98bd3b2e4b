<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="86"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a list of work types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="122"/>
        <source>The rule file &apos;{source}&apos;: unknown work type &apos;{type}&apos; in &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="138"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="144"/>
        <source>The rule file &apos;{source}&apos;: &apos;{key}&apos; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="157"/>
        <source>Cannot read the rule file &apos;{source}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="163"/>
        <source>The rule file &apos;{source}&apos; is not valid JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/rules.py" line="169"/>
        <source>The rule file &apos;{source}&apos; must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="66"/>
        <source>Road resurfacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="67"/>
        <source>Road reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="68"/>
        <source>Sewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="69"/>
        <source>Water main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="70"/>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="71"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="72"/>
        <source>Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="73"/>
        <source>District heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="74"/>
        <source>Street lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="75"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="76"/>
        <source>Traffic measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="77"/>
        <source>Building project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="78"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="79"/>
        <source>Residents&apos; initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="80"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="84"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="85"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="86"/>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="87"/>
        <source>In execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="88"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="89"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="95"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="96"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="231"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="230"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="102"/>
        <source>Project budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="103"/>
        <source>Maintenance budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="107"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="108"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="109"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Work id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Department or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Type of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Latest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Excavation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Road closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Disruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Budget type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Budget (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="120"/>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="44"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="46"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="222"/>
        <source>Digging after new paving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="223"/>
        <source>Road closures at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/core/schema.py" line="224"/>
        <source>Event during works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="29"/>
        <source>Add department/partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/gui/party_dialog.py" line="35"/>
        <source>derived from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="165"/>
        <source>Give the department or partner a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="158"/>
        <source>The code &apos;{code}&apos; is not valid: use lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="169"/>
        <source>A party with the code &apos;{code}&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/project.py" line="19"/>
        <source>KIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="51"/>
        <source>&amp;KIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="60"/>
        <source>New KIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="60"/>
        <source>Create a new, empty KIP store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="61"/>
        <source>Open KIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="61"/>
        <source>Open a KIP store and show its works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="62"/>
        <source>Add department/partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="62"/>
        <source>Add a department or partner with its own layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="105"/>
        <source>New KIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="121"/>
        <source>KIP store (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="121"/>
        <source>Open KIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="143"/>
        <source>The KIP &apos;{path}&apos; is write-protected; it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="148"/>
        <source>Opened the KIP &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="158"/>
        <source>Open or create a KIP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/plugin.py" line="178"/>
        <source>Added &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/processing/provider.py" line="21"/>
        <source>KIP: integrated planning of works in public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="28"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="28"/>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="28"/>
        <source>Neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="56"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/context.py" line="67"/>
        <source>Source: CBS, Kadaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="67"/>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="69"/>
        <source>The file &apos;{path}&apos; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="85"/>
        <source>The file &apos;{path}&apos; already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="90"/>
        <source>Cannot write in the folder &apos;{folder}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="93"/>
        <source>The KIP store needs a projected CRS in metres; &apos;{crs}&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="118"/>
        <source>Cannot open the works of the KIP store &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="132"/>
        <source>Cannot open the parties of the KIP store &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="156"/>
        <source>The KIP store &apos;{path}&apos; is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="167"/>
        <source>Unknown kind of party: &apos;{kind}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="179"/>
        <source>Could not add &apos;{code}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="179"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="218"/>
        <source>&apos;{path}&apos; is not a KIP store: it is not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="225"/>
        <source>&apos;{path}&apos; is not a KIP store: the table &apos;{table}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="235"/>
        <source>The KIP store &apos;{path}&apos; has schema version &apos;{version}&apos;; this version of KIP reads version {supported} and older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="245"/>
        <source>The KIP store &apos;{path}&apos;: the works table must hold polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="253"/>
        <source>The KIP store &apos;{path}&apos; has no valid CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="278"/>
        <source>The KIP store &apos;{path}&apos;: the table &apos;{table}&apos; has no field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="286"/>
        <source>The KIP store &apos;{path}&apos;: the field &apos;{field}&apos; of table &apos;{table}&apos; has type {actual}; expected {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/kipstore.py" line="307"/>
        <source>Could not create the GeoPackage &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="36"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="37"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="38"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="39"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="40"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="46"/>
        <source>The end date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="56"/>
        <source>The earliest start must not be after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="61"/>
        <source>The latest end must not be before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/layers.py" line="65"/>
        <source>Every work needs a work id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="76"/>
        <source>Done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="94"/>
        <source>Unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="106"/>
        <source>Could not store the style &apos;{name}&apos; in the KIP: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="118"/>
        <source>KIP: all works by party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kip_plugin/store/styles.py" line="122"/>
        <source>KIP: works of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
