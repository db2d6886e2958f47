<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AuthorController</name>
    <message>
        <location filename="../../ui/controllers/author.py" line="66"/>
        <source>Bearbeitername ungültig</source>
        <translation>Invalid author name</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/author.py" line="67"/>
        <source>Der Name für das Änderungsprotokoll muss 1 bis 200 Zeichen haben.</source>
        <translation>The name for the change log must have 1 to 200 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/author.py" line="76"/>
        <source>Im Änderungsprotokoll steht: {name}</source>
        <translation>The change log records: {name}</translation>
    </message>
</context>
<context>
    <name>CertificatesField</name>
    <message>
        <location filename="../../ui/pages/certificate_field.py" line="36"/>
        <source>Zertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_field.py" line="37"/>
        <source>Geltungsbereich</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_field.py" line="38"/>
        <source>Ausgestellt von</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_field.py" line="39"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_field.py" line="49"/>
        <source>Zertifikat hinzufügen</source>
        <translation>Add certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_field.py" line="50"/>
        <source>Zertifikat entfernen</source>
        <translation>Remove certificate</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../ui/pages/country_fields.py" line="21"/>
        <source>– kein Land –</source>
        <translation>– no country –</translation>
    </message>
</context>
<context>
    <name>CountryListField</name>
    <message>
        <location filename="../../ui/pages/country_fields.py" line="44"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/country_fields.py" line="45"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="129"/>
        <source>TT.MM.JJJJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="152"/>
        <source>Bitte ein Datum wie 31.12.2026 eingeben.</source>
        <translation>Please enter a date such as 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../ui/controllers/document.py" line="40"/>
        <source>Antwort ändern</source>
        <translation>Change answer</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="42"/>
        <source>Feld ändern</source>
        <translation>Change field</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="41"/>
        <source>Text ändern</source>
        <translation>Change text</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="43"/>
        <source>Eigene Maßnahme ändern</source>
        <translation>Change own measure</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="44"/>
        <source>Katalog aktualisieren</source>
        <translation>Upgrade catalog</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="45"/>
        <source>Eigene Maßnahme entfernen</source>
        <translation>Remove own measure</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="46"/>
        <source>Unterauftragsverarbeiter ändern</source>
        <translation>Change sub-processor</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="47"/>
        <source>Unterauftragsverarbeiter entfernen</source>
        <translation>Remove sub-processor</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/document.py" line="248"/>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/controllers/export.py" line="84"/>
        <source>Noch keine festgeschriebene Version (Ansicht › Verlauf und Versionen).</source>
        <translation>No frozen version yet (View › History and versions).</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="117"/>
        <source>Achtung: 1 kritischer Hinweis ist offen.</source>
        <translation>Warning: 1 critical finding is open.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="119"/>
        <source>Achtung: {count} kritische Hinweise sind offen.</source>
        <translation>Warning: {count} critical findings are open.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="130"/>
        <source>Entwurf („ENTWURF“ auf jeder Seite). Eine Endfassung ist erst möglich, wenn nichts mehr offen ist: {counts}. Die Zusammenfassung listet diese Punkte zuerst.</source>
        <translation>Draft (“DRAFT” on every page). A final version is possible only when nothing is left open: {counts}. The summary lists these points first.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="134"/>
        <source>Endfassung (nichts ist mehr offen)</source>
        <translation>Final version (nothing is left open)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="137"/>
        <source>Checkliste (☒/☐)</source>
        <translation>Checklist (☒/☐)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="137"/>
        <source>Fließtext</source>
        <translation>Prose</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="139"/>
        <source>nach Abschnitten des Katalogs</source>
        <translation>by catalog sections</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="140"/>
        <source>nach Art. 32 Abs. 1 lit. a–d DSGVO</source>
        <translation>by Art. 32(1)(a)–(d) GDPR</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="141"/>
        <source>nach den klassischen Kontrollen</source>
        <translation>by the classic controls</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="144"/>
        <source>Beschreibung der Verarbeitung</source>
        <translation>Description of the processing</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="145"/>
        <source>Liste der Unterauftragsverarbeiter</source>
        <translation>List of sub-processors</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="146"/>
        <source>Unterschriftenblock</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="169"/>
        <source>Die Bewertung hat einen kritischen Hinweis. Eine Anlage mit dieser Lücke sollte nicht unterschrieben werden. Trotzdem exportieren?</source>
        <translation>The assessment has a critical finding. An annex with this gap should not be signed. Export anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="178"/>
        <source>Kritische Hinweise</source>
        <translation>Critical findings</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="252"/>
        <source>Hinweis: Das SVG-Logo im Briefkopf hat zu viele Formen (mehr als {most}); die Dokumente wurden ohne Logo erstellt. Bitte auf der Seite „Organisation“ unter „Briefkopf …“ ein einfacheres SVG oder ein PNG wählen.</source>
        <translation>Note: the SVG logo in the letterhead has too many shapes (more than {most}); the documents were made without the logo. Please choose a simpler SVG or a PNG under “Letterhead …” on the “Organisation” page.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="174"/>
        <source>Die Bewertung hat {count} kritische Hinweise. Eine Anlage mit diesen Lücken sollte nicht unterschrieben werden. Trotzdem exportieren?</source>
        <translation>The assessment has {count} critical findings. An annex with these gaps should not be signed. Export anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="228"/>
        <location filename="../../ui/controllers/export.py" line="232"/>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="233"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="57"/>
        <source>Anlage exportieren</source>
        <translation>Export annex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="61"/>
        <source>Nummer der Anlage</source>
        <translation>Annex number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="66"/>
        <source>PDF (zum Unterschreiben)</source>
        <translation>PDF (for signing)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="66"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="72"/>
        <source>Word: dieselbe Anlage zum Weiterbearbeiten, mit Überschriften, Listen, Tabellen und Seitenzahlen; der Lückenbericht wird dann auch als Word-Datei erstellt.</source>
        <translation>Word: the same annex for further editing, with headings, lists, tables and page numbers; the gap report is then written as a Word file too.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="85"/>
        <source>Entfallende Maßnahmen mit Begründung aufführen</source>
        <translation>List measures that do not apply, with their reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="89"/>
        <source>Änderungen gegenüber der letzten Version anhängen</source>
        <translation>Append changes since the last version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="95"/>
        <source>Internen Lückenbericht dazu erstellen</source>
        <translation>Also write the internal gap report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="97"/>
        <source>Maßnahmenplan (Excel) dazu erstellen</source>
        <translation>Also create the action plan (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="101"/>
        <source>Offene, teilweise umgesetzte und geplante Maßnahmen, offene Rückfragen und alle Befunde mit Verantwortlichen und Terminen als .xlsx-Tabelle</source>
        <translation>Measures not or partly implemented or planned, open follow-up questions and all findings, with owners and due dates, as an .xlsx spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="116"/>
        <source>Zieldatei</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="119"/>
        <source>&amp;Nummer der Anlage:</source>
        <translation>Annex &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="120"/>
        <source>&amp;Darstellung:</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="121"/>
        <source>&amp;Gliederung:</source>
        <translation>&amp;Grouping:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="122"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="123"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="124"/>
        <source>Teile:</source>
        <translation>Parts:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="127"/>
        <source>&amp;Zieldatei:</source>
        <translation>&amp;Target file:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="134"/>
        <source>Fassung:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="145"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="194"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="113"/>
        <source>Anlage speichern unter</source>
        <translation>Save annex as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="194"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/pages/form_page.py" line="154"/>
        <source>Mit * markierte Felder sind Pflichtangaben.</source>
        <translation>Fields marked * are required.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../ui/help_viewer.py" line="59"/>
        <source>tomwizard – Hilfe</source>
        <translation>tomwizard – Help</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="81"/>
        <source>Das Handbuch ist in dieser Installation nicht enthalten. In einer Arbeitskopie erzeugt „make guide“ es.</source>
        <translation>The user guide is not part of this installation. In a checkout, “make guide” builds it.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../ui/controllers/history.py" line="101"/>
        <source>Verlauf kann nicht gelesen werden</source>
        <translation>History cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="117"/>
        <source>Version {n} festgeschrieben</source>
        <translation>Version {n} frozen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="132"/>
        <source>aktuellem Stand</source>
        <translation>current state</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="133"/>
        <source>Die Datei ist nur zum Lesen geöffnet.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="138"/>
        <source>Noch keine festgeschriebene Version.</source>
        <translation>No frozen version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="148"/>
        <source>Version kann nicht festgeschrieben werden</source>
        <translation>Version cannot be frozen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="164"/>
        <source>Versionen können nicht verglichen werden</source>
        <translation>Versions cannot be compared</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="171"/>
        <source>1 Änderung</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="173"/>
        <source>{count} Änderungen</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/history.py" line="169"/>
        <source>keine Änderungen</source>
        <translation>no changes</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="72"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="75"/>
        <source>&amp;Änderungsprotokoll</source>
        <translation>&amp;Change log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="76"/>
        <source>&amp;Versionen</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="87"/>
        <source>Abschnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="93"/>
        <source>Alle Abschnitte</source>
        <translation>All sections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="97"/>
        <source>Maßnahme oder Feld enthält …</source>
        <translation>Measure or field contains …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="98"/>
        <source>Textfilter</source>
        <translation>Text filter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="100"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="103"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="104"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="124"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="124"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="124"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="124"/>
        <source>Alt → Neu</source>
        <translation>Old → New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="144"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="145"/>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="146"/>
        <source>Festgeschrieben</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="147"/>
        <source>Von</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="148"/>
        <source>Katalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="153"/>
        <source>Version &amp;festschreiben …</source>
        <translation>&amp;Freeze version …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="156"/>
        <source>Vergleichen von</source>
        <translation>Compare from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="158"/>
        <source>Vergleichen mit</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="161"/>
        <source>&amp;Vergleichen</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="164"/>
        <source>Änderungen von</source>
        <translation>Changes from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="166"/>
        <source>zu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="180"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="239"/>
        <source>{shown} von {total} Änderungen</source>
        <translation>{shown} of {total} changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="252"/>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="278"/>
        <source>Version festschreiben</source>
        <translation>Freeze version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history_dialog.py" line="280"/>
        <source>Der jetzige Stand wird als neue Version festgeschrieben.
Bezeichnung (optional, z. B. die Version der Anlage):</source>
        <translation>The current state is frozen as a new version.
Label (optional, e.g. the annex version):</translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <location filename="../../ui/controllers/interview.py" line="122"/>
        <source>Text in der Anlage: {text}</source>
        <translation>Text in the annex: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="126"/>
        <source>Frage {number} von {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="129"/>
        <source>{done} von {total} beantwortet</source>
        <translation>{done} of {total} answered</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="136"/>
        <source>Zu: {question}</source>
        <translation>Belongs to: {question}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="144"/>
        <source>Alle Fragen dieses Abschnitts sind beantwortet – weiter mit Strg+Eingabe.</source>
        <translation>Every question of this section is answered – go on with Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="168"/>
        <source>Bisher: {answer}</source>
        <translation>So far: {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="190"/>
        <source>Geplant bis:</source>
        <translation>Planned by:</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="190"/>
        <source>TT.MM.JJJJ, z. B. 31.12.2026</source>
        <translation>YYYY-MM-DD, e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="197"/>
        <source>Entfällt, weil:</source>
        <translation>Not applicable because:</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="199"/>
        <source>Begründung für die Anlage</source>
        <translation>Reason, as stated in the annex</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="213"/>
        <source>Bitte ein Datum wie 31.12.2026 eingeben.</source>
        <translation>Please enter a date such as 2026-12-31.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="216"/>
        <source>„Geplant“ braucht ein Datum.</source>
        <translation>“Planned” needs a date.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/interview.py" line="221"/>
        <source>„Entfällt“ braucht eine Begründung.</source>
        <translation>“Not applicable” needs a reason.</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="93"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="99"/>
        <source>Erläuterung</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="116"/>
        <source>Taste {key}</source>
        <translation>Key {key}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="126"/>
        <source>Übernehmen (Eingabe)</source>
        <translation>Apply (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="127"/>
        <source>Abbrechen (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="144"/>
        <source>← Vorige Frage</source>
        <translation>← Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="146"/>
        <source>Überspringen →</source>
        <translation>Skip →</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="150"/>
        <source>←/→ oder Bild auf/ab: vorige/nächste Frage · Strg+Z: rückgängig</source>
        <translation>←/→ or Page Up/Down: previous/next question · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="185"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="186"/>
        <source>Teilweise</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="187"/>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="188"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="189"/>
        <source>Entfällt</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="190"/>
        <source>Rückfrage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="197"/>
        <source>J</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="198"/>
        <source>T</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="199"/>
        <source>G</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="200"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="201"/>
        <source>E</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/pages/interview_view.py" line="202"/>
        <source>R</source>
        <translation>F</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="36"/>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="40"/>
        <source>Brief&amp;kopf …</source>
        <translation>&amp;Letterhead …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="42"/>
        <source>Logo, Absenderzeile, Fußzeilen und Akzentfarbe für Anlage und Bericht</source>
        <translation>Logo, sender line, footer lines and accent colour for the annex and the report</translation>
    </message>
</context>
<context>
    <name>LetterheadController</name>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="28"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="31"/>
        <source>%1-Logo, %2 KB</source>
        <translation>%1 logo, %2 KB</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="39"/>
        <source>Kein Briefkopf: Anlage und Bericht erscheinen ohne Logo und Fußzeilen.</source>
        <translation>No letterhead: the annex and the report appear without logo and footer lines.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="49"/>
        <source>%1 Fußzeile(n)</source>
        <translation>%1 footer line(s)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="135"/>
        <source>Briefkopf ändern</source>
        <translation>Change letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="159"/>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/letterhead.py" line="161"/>
        <source>Bilder (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="62"/>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="65"/>
        <source>Vorschau des Briefkopfs</source>
        <translation>Preview of the letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="67"/>
        <source>Logo &amp;wählen …</source>
        <translation>&amp;Choose logo …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="68"/>
        <source>Logo &amp;entfernen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="78"/>
        <source>z. B. Muster GmbH · Hafenstraße 12 · 20457 Hamburg</source>
        <translation>e.g. Example Ltd · 12 Harbour Street · 20457 Hamburg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="82"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="83"/>
        <source>Registergericht, Geschäftsführung</source>
        <translation>Register court, managing directors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="84"/>
        <source>Telefon, E-Mail, Web</source>
        <translation>Phone, e-mail, web</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="92"/>
        <source>&amp;Farbe wählen …</source>
        <translation>Choose &amp;colour …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="93"/>
        <source>&amp;Keine Farbe</source>
        <translation>&amp;No colour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="110"/>
        <source>Logo (PNG oder SVG):</source>
        <translation>Logo (PNG or SVG):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="112"/>
        <source>&amp;Absenderzeile:</source>
        <translation>&amp;Sender line:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="116"/>
        <source>Fußzeile &amp;%1:</source>
        <translation>Footer line &amp;%1:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="119"/>
        <source>Akzentfa&amp;rbe:</source>
        <translation>Accent colo&amp;ur:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="124"/>
        <source>Der Briefkopf erscheint auf jeder Seite der Anlage und des Lückenberichts (PDF und Word). Logo als PNG oder SVG, höchstens 1 MB.</source>
        <translation>The letterhead appears on every page of the annex and the gap report (PDF and Word). Logo as PNG or SVG, at most 1 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letterhead_dialog.py" line="171"/>
        <source>Akzentfarbe</source>
        <translation>Accent colour</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="248"/>
        <source>Ein Eintrag je Zeile</source>
        <translation>One entry per line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="256"/>
        <source>Vorschlag übernehmen …</source>
        <translation>Insert a suggestion …</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../ui/controllers/undo_menu.py" line="36"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/undo_menu.py" line="37"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="102"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="103"/>
        <location filename="../../ui/controllers/page_factory.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="104"/>
        <location filename="../../ui/controllers/page_factory.py" line="39"/>
        <source>Verarbeitung und Schutzbedarf</source>
        <translation>Processing and protection need</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="105"/>
        <location filename="../../ui/controllers/page_factory.py" line="49"/>
        <source>Rahmenbedingungen</source>
        <translation>Business context</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="110"/>
        <location filename="../../ui/controllers/page_factory.py" line="68"/>
        <source>Unterauftragsverarbeiter</source>
        <translation>Sub-processors</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="111"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="143"/>
        <location filename="../../ui/controllers/main.py" line="354"/>
        <source>Keine Datei geöffnet</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="184"/>
        <source>Datei kann nicht geöffnet werden</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="203"/>
        <source>Bewertung kann nicht angelegt werden</source>
        <translation>The assessment cannot be created</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="309"/>
        <source>Die Suche springt zur Maßnahme, sobald eine Bewertung offen ist.</source>
        <translation>The search jumps to the measure once an assessment is open.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/page_factory.py" line="50"/>
        <source>Einige Fragen zum Betrieb. Jede Antwort passt den Katalog an: Maßnahmen, die nicht zutreffen, werden mit Begründung als „entfällt“ beantwortet; andere werden erwartet. Eigene Antworten in den Abschnitten bleiben unverändert. Tasten: J, N, U (oder 1, 2, 3).</source>
        <translation>A few questions about the business. Each answer adapts the catalog: measures that do not apply are answered “not applicable” with a reason; others become expected. Your own answers in the sections stay as they are. Keys: Y, N, U (or 1, 2, 3).</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/page_factory.py" line="87"/>
        <source>Abschnitt {number} von {total}: {title}</source>
        <translation>Section {number} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="329"/>
        <source>{name} (nur lesen)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="333"/>
        <source>Nur zum Lesen geöffnet – nichts wird gespeichert</source>
        <translation>Opened read-only – nothing is saved</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="335"/>
        <source>Geöffnet – jede Änderung wird sofort gespeichert</source>
        <translation>Open – every change is saved at once</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/main.py" line="362"/>
        <source>Gespeichert ({time})</source>
        <translation>Saved ({time})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Handbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Schritte</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Vorige Seite (Strg+Umschalt+Eingabe, Alt+Pfeil links)</source>
        <translation>Previous page (Ctrl+Shift+Enter, Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Nächste Seite (Strg+Eingabe, Alt+Pfeil rechts)</source>
        <translation>Next page (Ctrl+Enter, Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Maßnahmen durchsuchen (Strg+F)</source>
        <translation>Search measures (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Suchbegriff eingeben, mit Pfeiltasten wählen, Eingabe springt zur Maßnahme</source>
        <translation>Type a search term, choose with the arrow keys, Enter jumps to the measure</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Neue Bewertung …</source>
        <translation>&amp;New assessment …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Öffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Fragebogen für den Kunden …</source>
        <translation>Q&amp;uestionnaire for the customer …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Bearbeiter&amp;name …</source>
        <translation>Author &amp;name …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Suchen …</source>
        <translation>&amp;Find …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Interviewmodus</source>
        <translation>&amp;Interview mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Eine Frage nach der anderen beantworten</source>
        <translation>Answer one question after another</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Verlauf und Versionen …</source>
        <translation>&amp;History and versions …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="68"/>
        <source>Text der eigenen Maßnahme</source>
        <translation>Text of the own measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="71"/>
        <source>Ersetzt oder ergänzt die Katalogmaßnahme</source>
        <translation>Replaces or extends the catalog measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="74"/>
        <source>Die Katalogmaßnahme, die diese eigene Maßnahme ersetzt oder ergänzt. Ergänzt sie eine Katalogmaßnahme, die „entfällt“, während die eigene Maßnahme umgesetzt ist, meldet die Prüfung einen Widerspruch.</source>
        <translation>The catalog measure this custom measure replaces or extends. If it extends a catalog measure that is “not applicable” while the custom measure is implemented, the check reports a contradiction.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="82"/>
        <source>ergänzt</source>
        <translation>extends</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="82"/>
        <source>ersetzt</source>
        <translation>replaces</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="85"/>
        <source>Art des Bezugs zur Katalogmaßnahme</source>
        <translation>Kind of link to the catalog measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="88"/>
        <source>„ergänzt“: die Katalogmaßnahme gilt weiter. „ersetzt“: die Katalogmaßnahme entfällt; die Anlage nennt dort diese eigene Maßnahme als Ersatz.</source>
        <translation>“extends”: the catalog measure still applies. “replaces”: the catalog measure is not applicable; the annex names this custom measure there as its replacement.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="103"/>
        <source>Status der Maßnahme. In der Liste: 1 umgesetzt, 2 teilweise, 3 geplant, 4 nicht umgesetzt, 5 entfällt, 0 offen.</source>
        <translation>Status of the measure. In the list: 1 implemented, 2 partly, 3 planned, 4 not implemented, 5 not applicable, 0 open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="108"/>
        <source>Geplant bis</source>
        <translation>Planned by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="109"/>
        <source>bis</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="115"/>
        <source>Warum entfällt die Maßnahme? (ein, zwei Sätze)</source>
        <translation>Why does the measure not apply? (a sentence or two)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="116"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="119"/>
        <source>Was noch fehlt</source>
        <translation>What remains</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="121"/>
        <source>Welcher Teil fehlt noch? (steht so in der Anlage)</source>
        <translation>Which part is still outstanding? (printed in the annex as written)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="139"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="140"/>
        <source>Interne Notiz (erscheint nicht in der Anlage)</source>
        <translation>Internal note (not printed in the annex)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="143"/>
        <source>Verantwortlich</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="144"/>
        <source>Wer kümmert sich? (nur im Maßnahmenplan)</source>
        <translation>Who sees to it? (action plan only)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="145"/>
        <source>&amp;Rückfrage nötig</source>
        <translation>Needs follow-&amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="148"/>
        <source>Markiert die Maßnahme zum Nachfragen (Taste R in der Liste).</source>
        <translation>Marks the measure for a follow-up question (key R in the list).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="156"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="159"/>
        <source>&amp;Ersetzt/ergänzt:</source>
        <translation>Re&amp;places/extends:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="162"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="168"/>
        <source>&amp;Was fehlt noch:</source>
        <translation>What rema&amp;ins:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="172"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="174"/>
        <source>&amp;Verantwortlich:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="214"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measure_editor.py" line="165"/>
        <source>Be&amp;gründung:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>MergeController</name>
    <message>
        <location filename="../../ui/controllers/merge.py" line="52"/>
        <location filename="../../ui/controllers/merge.py" line="88"/>
        <source>Zusammenführen nicht möglich</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="55"/>
        <source>{path}: Das ist die geöffnete Datei selbst. Bitte die Datei wählen, die der Kunde ausgefüllt zurückgeschickt hat.</source>
        <translation>{path}: This is the open file itself. Please choose the file the customer filled in and sent back.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="90"/>
        <source>Die Bewertung wurde inzwischen geändert; bitte neu zusammenführen.</source>
        <translation>The assessment has changed in the meantime; please merge again.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="100"/>
        <source>Zusammenführen mit {name}</source>
        <translation>Merge with {name}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="115"/>
        <source>Zusammengeführt: {auto} automatisch übernommen, keine Konflikte.</source>
        <translation>Merged: {auto} taken over automatically, no conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="118"/>
        <source>Zusammengeführt: {auto} automatisch übernommen, {decided} Konflikte entschieden ({theirs}× Fassung des Kunden, {ours}× eigene).</source>
        <translation>Merged: {auto} taken over automatically, {decided} conflicts decided ({theirs}× customer’s version, {ours}× own).</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="144"/>
        <source>{message}

Die gültigen Zeilen trotzdem zusammenführen und die ungültigen auslassen?</source>
        <translation>{message}

Merge the valid rows anyway and leave out the invalid ones?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="147"/>
        <source>Fragebogen prüfen</source>
        <translation>Check the questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="154"/>
        <source>{message}

Trotzdem zusammenführen?</source>
        <translation>{message}

Merge anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="157"/>
        <source>Andere Beurteilung</source>
        <translation>Another assessment</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="173"/>
        <source>Datei des Kunden: {name}</source>
        <translation>Customer&apos;s file: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="194"/>
        <source>Verglichen mit den Antworten, wie sie in den Fragebogen geschrieben wurden: was nur der Kunde geändert hat, wird übernommen.</source>
        <translation>Compared with the answers as they were written into the questionnaire: what only the customer changed is taken over.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="199"/>
        <source>Die Dateien haben keine gemeinsame festgeschriebene Version: alles, was beide Seiten verschieden ausgefüllt haben, ist ein Konflikt.</source>
        <translation>The files share no frozen version: everything the two sides filled in differently is a conflict.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="205"/>
        <source>Verglichen mit Version {number}{label} vom {date}, die beide Dateien enthalten: was nur der Kunde geändert hat, wird übernommen.</source>
        <translation>Compared with version {number}{label} of {date}, which both files contain: what only the customer changed is taken over.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="221"/>
        <source>Die Datei ist nur zum Lesen geöffnet.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="247"/>
        <source>Nichts zu übernehmen: die Datei des Kunden bringt nichts Neues.</source>
        <translation>Nothing to take over: the customer&apos;s file brings nothing new.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="250"/>
        <source>Keine Konflikte zu entscheiden.</source>
        <translation>No conflicts to decide.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/merge.py" line="252"/>
        <source>{decided} von {total} Konflikten entschieden</source>
        <translation>{decided} of {total} conflicts decided</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="59"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="86"/>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="101"/>
        <source>Keine Konflikte.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="109"/>
        <source>Konflikte: {count} – beide Seiten haben dasselbe verschieden geändert</source>
        <translation>Conflicts: {count} – both sides changed the same thing differently</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="117"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="118"/>
        <source>Meine Fassung</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="119"/>
        <source>Fassung des Kunden</source>
        <translation>Customer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="120"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="146"/>
        <source>Alle: &amp;meine Fassung</source>
        <translation>All: &amp;my version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="147"/>
        <source>Alle: Fassung des &amp;Kunden</source>
        <translation>All: &amp;customer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="163"/>
        <source>Meine Fassung behalten</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="164"/>
        <source>Fassung des Kunden übernehmen</source>
        <translation>Take the customer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="178"/>
        <source>Nichts automatisch zu übernehmen.</source>
        <translation>Nothing to take over automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="180"/>
        <source>Automatisch übernommen: {count} – nur beim Kunden geändert</source>
        <translation>Taken over automatically: {count} – changed only by the customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/merge_dialog.py" line="185"/>
        <source>Automatisch übernommen</source>
        <translation>Taken over automatically</translation>
    </message>
</context>
<context>
    <name>QuestionnaireController</name>
    <message>
        <location filename="../../ui/controllers/questionnaire.py" line="40"/>
        <source>Fragebogen nicht geschrieben</source>
        <translation>Questionnaire not written</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/questionnaire.py" line="49"/>
        <source>Die Datei verwendet eine andere Katalogversion ({version}); bitte zuerst aktualisieren.</source>
        <translation>The file uses another catalog version ({version}); please upgrade it first.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/questionnaire.py" line="87"/>
        <source>Der Fragebogen wurde gespeichert:</source>
        <translation>The questionnaire was saved:</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/questionnaire.py" line="88"/>
        <source>Fragebogen gespeichert</source>
        <translation>Questionnaire saved</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="43"/>
        <source>Fragebogen für den Kunden</source>
        <translation>Questionnaire for the customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="46"/>
        <source>Der Kunde beantwortet die Maßnahmen in Excel oder LibreOffice, ohne tomwizard. Die ausgefüllte Datei übernehmen Sie mit Datei › Zusammenführen.</source>
        <translation>The customer answers the measures in Excel or LibreOffice, without tomwizard. Take the filled-in file over with File › Merge.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="56"/>
        <source>Nur offene Maßnahmen abfragen</source>
        <translation>Ask only about open measures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="57"/>
        <source>Auch entfallende Maßnahmen abfragen</source>
        <translation>Also ask about measures that do not apply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="65"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="68"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="60"/>
        <source>Fragebogen speichern</source>
        <translation>Save questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questionnaire_dialog.py" line="58"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SavePathField</name>
    <message>
        <location filename="../../ui/pages/save_path.py" line="25"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
</context>
<context>
    <name>ScreeningController</name>
    <message>
        <location filename="../../ui/controllers/screening.py" line="54"/>
        <source>Rahmenbedingungen ändern</source>
        <translation>Change business context</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="65"/>
        <location filename="../../ui/controllers/screening.py" line="100"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="66"/>
        <location filename="../../ui/controllers/screening.py" line="101"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="74"/>
        <source>1 Maßnahme wird erwartet</source>
        <translation>1 measure expected</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="76"/>
        <source>{count} Maßnahmen werden erwartet</source>
        <translation>{count} measures expected</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="92"/>
        <source>1 Maßnahme entfällt</source>
        <translation>1 measure not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="93"/>
        <source>{count} Maßnahmen entfallen</source>
        <translation>{count} measures not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="102"/>
        <source>Unbekannt</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="131"/>
        <source>Nach den Rahmenbedingungen; zum Aufklappen klicken oder Enter drücken.</source>
        <translation>Ruled out by the business context; click or press Enter to open.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/screening.py" line="148"/>
        <source>Aus den Rahmenbedingungen: {reason}</source>
        <translation>From the business context: {reason}</translation>
    </message>
</context>
<context>
    <name>SectionController</name>
    <message>
        <location filename="../../ui/controllers/section_rows.py" line="75"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section_rows.py" line="119"/>
        <source>Eine eigene Maßnahme dieses Abschnitts.</source>
        <translation>An own measure of this section.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section_rows.py" line="124"/>
        <source>(noch ohne Text)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section.py" line="89"/>
        <source>Wählen Sie eine Maßnahme, um ihre Erläuterung zu sehen.</source>
        <translation>Choose a measure to see its explanation.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section.py" line="154"/>
        <source>Haken setzen</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section.py" line="234"/>
        <source>Abschnitt bestätigen</source>
        <translation>Confirm section</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section_rows.py" line="203"/>
        <source>empfohlen: {low} bis {high}</source>
        <translation>recommended: {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section_rows.py" line="207"/>
        <source>empfohlen: mindestens {low}</source>
        <translation>recommended: at least {low}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/section_rows.py" line="209"/>
        <source>empfohlen: höchstens {high}</source>
        <translation>recommended: at most {high}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/pages/section_page.py" line="81"/>
        <source>Eigene Maßnahme hin&amp;zufügen</source>
        <translation>&amp;Add own measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="83"/>
        <source>Eine Maßnahme unter „Sonstige“ ergänzen</source>
        <translation>Add a measure under &quot;Other&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="84"/>
        <source>Eigene Maßnahme ent&amp;fernen</source>
        <translation>Remove own &amp;measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="87"/>
        <source>Abschnitt bestätigen</source>
        <translation>Confirm section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="91"/>
        <source>Alle Rückfragen dieses Abschnitts zurücknehmen, etwa nachdem die Antworten einer Vorlage geprüft sind (einzeln: Taste R). Rückgängig mit Strg+Z.</source>
        <translation>Clear every follow-up flag of this section, for example after checking a template&apos;s answers (one at a time: key R). Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="99"/>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="101"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="101"/>
        <location filename="../../ui/pages/section_page.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/section_page.py" line="118"/>
        <source>Erläuterung</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages/start_page.py" line="32"/>
        <source>Willkommen bei tomwizard</source>
        <translation>Welcome to tomwizard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="41"/>
        <source>tomwizard führt Sie Abschnitt für Abschnitt durch den Katalog der technischen und organisatorischen Maßnahmen (Art. 32 DSGVO). Jede Antwort wird sofort in der Bewertungsdatei (.tomw) gespeichert – ein Speichern-Knopf ist nicht nötig.

Legen Sie eine neue Bewertung an oder öffnen Sie eine vorhandene Datei.</source>
        <translation>tomwizard guides you section by section through the catalog of technical and organisational measures (Art. 32 GDPR). Every answer is saved at once in the assessment file (.tomw) – there is no save button.

Create a new assessment or open an existing file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="51"/>
        <source>&amp;Neue Bewertung …</source>
        <translation>&amp;New assessment …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="53"/>
        <source>Datei ö&amp;ffnen …</source>
        <translation>&amp;Open file …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="57"/>
        <source>Vorlage</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="58"/>
        <source>leer beginnen</source>
        <translation>start blank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="59"/>
        <source>&amp;Vorlage:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="72"/>
        <source>&amp;Zuletzt geöffnet:</source>
        <translation>&amp;Recently opened:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="75"/>
        <source>Zuletzt geöffnete Dateien</source>
        <translation>Recently opened files</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="86"/>
        <source>Tastatur: Strg+Eingabe oder Alt+Pfeil rechts – nächste Seite, Strg+Umschalt+Eingabe oder Alt+Pfeil links – vorige Seite, Leertaste – Maßnahme an- oder abhaken, 1–5 und 0 – Status, R – Rückfrage, Eingabe – Details, Strg+F – suchen, Strg+Z / Strg+Umschalt+Z – rückgängig / wiederholen.</source>
        <translation>Keyboard: Ctrl+Enter or Alt+Right – next page, Ctrl+Shift+Enter or Alt+Left – previous page, Space – tick or untick a measure, 1–5 and 0 – status, R – follow-up, Enter – details, Ctrl+F – search, Ctrl+Z / Ctrl+Shift+Z – undo / redo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="151"/>
        <source>Noch keine Datei geöffnet.</source>
        <translation>No file open yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="154"/>
        <source>Geöffnet: {name} – mit „Weiter“ geht es zur nächsten Seite.</source>
        <translation>Open: {name} – &quot;Next&quot; goes on to the next page.</translation>
    </message>
</context>
<context>
    <name>StepsController</name>
    <message>
        <location filename="../../ui/controllers/steps.py" line="48"/>
        <location filename="../../ui/controllers/steps.py" line="83"/>
        <source>{answered}/{total} beantwortet</source>
        <translation>{answered}/{total} answered</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/steps.py" line="52"/>
        <location filename="../../ui/controllers/steps.py" line="86"/>
        <source>Hinweise: {count}</source>
        <translation>findings: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/steps.py" line="65"/>
        <source>Unterauftragsverarbeiter</source>
        <translation>Sub-processors</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/steps.py" line="67"/>
        <location filename="../../ui/controllers/summary.py" line="158"/>
        <source>{count} eingetragen</source>
        <translation>{count} listed</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/steps.py" line="77"/>
        <source>Rahmenbedingungen</source>
        <translation>Business context</translation>
    </message>
</context>
<context>
    <name>SubprocessorController</name>
    <message>
        <location filename="../../ui/controllers/subprocessors.py" line="60"/>
        <source>in Ordnung</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/subprocessors.py" line="63"/>
        <source>{first} (+{more} weitere)</source>
        <translation>{first} (+{more} more)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/subprocessors.py" line="96"/>
        <source>Einspruchsfrist abgelaufen am</source>
        <translation>Objection period ended on</translation>
    </message>
</context>
<context>
    <name>SubprocessorPage</name>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="63"/>
        <source>Unterauftragsverarbeiter</source>
        <translation>Sub-processors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="65"/>
        <source>Länder</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="65"/>
        <source>Grundlage</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="65"/>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="78"/>
        <source>Hin&amp;zufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="80"/>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="89"/>
        <source>Angaben zum ausgewählten Eintrag</source>
        <translation>Details of the selected entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subprocessor_page.py" line="122"/>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>SummaryController</name>
    <message>
        <location filename="../../ui/controllers/summary.py" line="87"/>
        <source>{answered} von {total} Maßnahmen beantwortet ({percent} %), 1 Hinweis.</source>
        <translation>{answered} of {total} measures answered ({percent} %), 1 finding.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="90"/>
        <source>{answered} von {total} Maßnahmen beantwortet ({percent} %), {count} Hinweise.</source>
        <translation>{answered} of {total} measures answered ({percent} %), {count} findings.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="96"/>
        <source>Entwurf – vor einer Endfassung zu klären: {counts}.</source>
        <translation>Draft – to be resolved before a final version: {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="100"/>
        <source>Nichts verhindert eine Endfassung.</source>
        <translation>Nothing prevents a final version.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="169"/>
        <source>Entwurf: unbeantwortet</source>
        <translation>Draft: unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="170"/>
        <source>Entwurf: Rückfrage</source>
        <translation>Draft: follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="171"/>
        <source>Entwurf: Termin</source>
        <translation>Draft: date</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="172"/>
        <source>Entwurf: ohne Termin</source>
        <translation>Draft: no target date</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="173"/>
        <source>Entwurf: was fehlt?</source>
        <translation>Draft: what remains?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="174"/>
        <source>Entwurf: Widerspruch</source>
        <translation>Draft: contradiction</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="175"/>
        <source>Entwurf: Pflicht aus dem AVV</source>
        <translation>Draft: duty under the DPA</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="176"/>
        <source>Entwurf: Genehmigung</source>
        <translation>Draft: authorisation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="177"/>
        <source>Entwurf: offen</source>
        <translation>Draft: open</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="178"/>
        <source>Entwurf: kritische Lücke</source>
        <translation>Draft: critical gap</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="181"/>
        <source>Entwurf: Einspruchsfrist</source>
        <translation>Draft: objection period</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="213"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="215"/>
        <source>Verarbeitung</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="219"/>
        <source>Unterauftragsverarbeiter: {name}</source>
        <translation>Sub-processor: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/summary.py" line="224"/>
        <source>Eigene Maßnahme: {text}</source>
        <translation>Own measure: {text}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="54"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="67"/>
        <source>Fortschritt je Abschnitt</source>
        <translation>Progress per section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="69"/>
        <source>Abschnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="69"/>
        <source>Beantwortet</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="79"/>
        <source>Hinweise</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="83"/>
        <source>Schwere</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="83"/>
        <source>Hinweis</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="83"/>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="97"/>
        <source>&amp;Exportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="99"/>
        <source>Anlage als PDF und Lückenbericht erstellen</source>
        <translation>Write the annex as PDF and the gap report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_page.py" line="100"/>
        <source>Eingabe oder Doppelklick auf einen Hinweis springt zur Stelle.</source>
        <translation>Enter or a double click on a finding jumps to its place.</translation>
    </message>
</context>
<context>
    <name>UpgradeController</name>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="70"/>
        <source>Diese Datei verwendet Katalogversion {old}, dieses Programm {new}. Jetzt auf {new} aktualisieren? Vorher wird eine Sicherungskopie angelegt.</source>
        <translation>This file uses catalog version {old}, this program {new}. Upgrade it to {new} now? A backup copy is made first.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="73"/>
        <source>Katalog aktualisieren</source>
        <translation>Upgrade catalog</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="80"/>
        <source>Aktualisierung fehlgeschlagen</source>
        <translation>Upgrade failed</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="85"/>
        <source>Bearbeiten › Rückgängig nimmt die Aktualisierung zurück.</source>
        <translation>Edit › Undo takes the upgrade back.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="86"/>
        <source>Sicherungskopie: {path}</source>
        <translation>Backup copy: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="87"/>
        <source>Katalog aktualisiert</source>
        <translation>Catalog upgraded</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/upgrade.py" line="113"/>
        <source>Nur zum Lesen geöffnet: Diese Datei wurde mit einer neueren tomwizard-Version erstellt (Katalogversion {file}, dieses Programm kennt bis {known}). Damit nichts verloren geht, was die neuere Version darin gespeichert hat, werden hier keine Änderungen gespeichert. Sie können die Angaben ansehen; eine hier exportierte Anlage enthält nur die Maßnahmen, die dieses Programm kennt. Zum Bearbeiten bitte tomwizard aktualisieren (oder die Datei mit der neueren Version bearbeiten).</source>
        <translation>Opened read-only: this file was made with a newer version of tomwizard (catalogue version {file}; this program knows up to {known}). So that nothing the newer version stored in it is lost, no changes are saved here. You can look at the entries; an annex exported here contains only the measures this program knows. To edit the file, please update tomwizard (or edit the file with the newer version).</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="307"/>
        <source>— bitte wählen —</source>
        <translation>— please choose —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="308"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/form_fields.py" line="309"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="28"/>
        <source>tomwizard-Bewertung (*.tomw);;Alle Dateien (*)</source>
        <translation>tomwizard assessment (*.tomw);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Neue Bewertung anlegen</source>
        <translation>Create a new assessment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>Bewertung öffnen</source>
        <translation>Open an assessment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="90"/>
        <source>Datei des Kunden zusammenführen</source>
        <translation>Merge the customer&apos;s file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <source>Bewertung, Austauschdatei oder Fragebogen (*.tomw *.json *.xlsx);;tomwizard-Bewertung (*.tomw);;JSON-Austauschdatei (*.json);;Fragebogen (*.xlsx);;Alle Dateien (*)</source>
        <translation>Assessment, exchange file or questionnaire (*.tomw *.json *.xlsx);;tomwizard assessment (*.tomw);;JSON exchange file (*.json);;Questionnaire (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="108"/>
        <source>Bearbeitername</source>
        <translation>Author name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="109"/>
        <source>Dieser Name steht im Änderungsprotokoll bei jeder Änderung, die Sie machen.
Leer lassen für den Benutzernamen des Systems ({user}):</source>
        <translation>This name is recorded in the change log with every change you make.
Leave empty for the system&apos;s user name ({user}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="156"/>
        <source>Diese Dateien bestehen bereits:
{names}
Ersetzen?</source>
        <translation>These files already exist:
{names}
Replace them?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="159"/>
        <source>Datei ersetzen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>&amp;Ersetzen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="164"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="220"/>
        <source>Die Anlage wurde gespeichert:</source>
        <translation>The annex was saved:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="224"/>
        <source>Der Maßnahmenplan:</source>
        <translation>The action plan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="226"/>
        <source>Der Lückenbericht:</source>
        <translation>The gap report:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="161"/>
        <location filename="../../ui/dialogs.py" line="228"/>
        <source>Ordner: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="154"/>
        <source>Die Datei „{name}“ besteht bereits. Ersetzen?</source>
        <translation>The file “{name}” already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="231"/>
        <source>Export fertig</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="234"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="237"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="280"/>
        <source>Kein passendes Programm</source>
        <translation>No suitable program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="281"/>
        <source>Es wurde kein Programm zum Anzeigen gefunden. Die Dateien liegen im Ordner
{folder}</source>
        <translation>No program to show the files was found. They are in the folder
{folder}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/controllers/forms.py" line="29"/>
        <source>{name} (EU/EWR)</source>
        <translation>{name} (EU/EEA)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="31"/>
        <source>{name} (Angemessenheitsbeschluss)</source>
        <translation>{name} (adequacy decision)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="49"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="52"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="54"/>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="55"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="57"/>
        <source>Ansprechpartner</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="62"/>
        <source>Unterschrift durch</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="63"/>
        <source>Wer die Anlage unterschreibt, mit Funktion, z. B. „Anna Beispiel, GF“.</source>
        <translation>Who signs the annex, with function, e.g. &quot;Anna Example, MD&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="91"/>
        <source>Vertrag und Anlage</source>
        <translation>Contract and annex</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="97"/>
        <source>Bezeichnung des Vertrags</source>
        <translation>Title of the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="107"/>
        <source>Nummer der Anlage</source>
        <translation>Annex number</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="112"/>
        <source>Ort der Unterschrift</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="114"/>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="116"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="121"/>
        <source>Bezeichnung der Vertragsparteien</source>
        <translation>Names of the parties</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="122"/>
        <source>Wie der Vertrag die Parteien nennt; die Anlage verwendet durchgehend dieses Paar (englisch: controller/processor).</source>
        <translation>How the contract names the parties; the German annex uses this pair throughout (in English: controller/processor).</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="130"/>
        <source>Verantwortlicher / Auftragsverarbeiter</source>
        <translation>Verantwortlicher / Auftragsverarbeiter (controller / processor)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="136"/>
        <source>Auftraggeber / Auftragnehmer</source>
        <translation>Auftraggeber / Auftragnehmer (client / contractor)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="148"/>
        <source>Zertifikate und Testate</source>
        <translation>Certificates and attestations</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="149"/>
        <source>Erscheinen in der Anlage, sobald ein Zertifikat eingetragen ist. Nur aufnehmen, was für die Verarbeitung im Auftrag gilt.</source>
        <translation>Printed in the annex as soon as a certificate is entered. Include only what applies to the processing on behalf of the controller.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="158"/>
        <source>Zertifikate</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="159"/>
        <source>Je Zeile ein Zertifikat oder Testat: Bezeichnung (z. B. ISO/IEC 27001), Geltungsbereich, ausstellende Stelle, gültig bis (TT.MM.JJJJ).</source>
        <translation>One certificate or attestation per row: name (e.g. ISO/IEC 27001), scope, issuing body, valid until (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="170"/>
        <source>Auftragsverarbeiter (Auftragnehmer)</source>
        <translation>Processor (contractor)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="174"/>
        <source>Verantwortlicher (Auftraggeber)</source>
        <translation>Controller (client)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="190"/>
        <source>Genehmigung von Unterauftragsverarbeitern</source>
        <translation>Authorisation of sub-processors</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="191"/>
        <source>Wie der Vertrag den Einsatz neuer oder geänderter Unterauftragsverarbeiter regelt (Art. 28 Abs. 2 DSGVO). Die Anlage nennt dann nur diese Regelung; ohne Angabe nennt sie beide.</source>
        <translation>How the contract governs the engagement of new or changed sub-processors (Art. 28(2) GDPR). The annex then states only this arrangement; without an answer it names both.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="198"/>
        <source>Keine Angabe</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="201"/>
        <source>Gesonderte Genehmigung jedes Unterauftragsverarbeiters</source>
        <translation>Specific authorisation of each sub-processor</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="205"/>
        <source>Allgemeine Genehmigung mit Einspruchsrecht</source>
        <translation>General authorisation with a right to object</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="213"/>
        <location filename="../../ui/controllers/forms.py" line="223"/>
        <source>Schutzbedarf</source>
        <translation>Protection need</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="214"/>
        <source>Der Schutzbedarf der verarbeiteten Daten bestimmt, welche Maßnahmen erwartet werden: bei „hoch“ die Stufe Standard, bei „sehr hoch“ auch die Stufe Erhöht.</source>
        <translation>The protection need of the data determines which measures are expected: at &quot;high&quot; the Standard level, at &quot;very high&quot; the Elevated level too.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="224"/>
        <source>Normal, hoch oder sehr hoch – nach dem höchsten Risiko für die Betroffenen.</source>
        <translation>Normal, high or very high – by the highest risk for the data subjects.</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="229"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="230"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="233"/>
        <source>sehr hoch</source>
        <translation>very high</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/forms.py" line="98"/>
        <source>Wie der Vertrag überschrieben ist, z. B. „AVV Lohnabrechnung vom 01.03.2024“. Steht auf dem Deckblatt als „Vertragsbezeichnung: …“.</source>
        <translation>The agreement&apos;s title as written on it, e.g. “DPA payroll of 2024-03-01”. Shown on the cover as “Agreement title: …”.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/controllers/labels.py" line="58"/>
        <source>Rückfrage</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="64"/>
        <source>kritisch</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="65"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="66"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="67"/>
        <source>Hinweis</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="87"/>
        <source>Basis</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="88"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="89"/>
        <source>Erhöht</source>
        <translation>Elevated</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="96"/>
        <source>Zutritt</source>
        <translation>physical access</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="97"/>
        <source>Zugang</source>
        <translation>system access</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="98"/>
        <source>Zugriff</source>
        <translation>data access</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="99"/>
        <source>Weitergabe</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="100"/>
        <source>Eingabe</source>
        <translation>input</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="101"/>
        <source>Auftrag</source>
        <translation>instructions</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="102"/>
        <location filename="../../ui/controllers/labels.py" line="112"/>
        <source>Verfügbarkeit</source>
        <translation>availability</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="103"/>
        <source>Trennung</source>
        <translation>separation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="104"/>
        <source>Organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="111"/>
        <source>Datenminimierung</source>
        <translation>data minimisation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="113"/>
        <source>Integrität</source>
        <translation>integrity</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="114"/>
        <source>Vertraulichkeit</source>
        <translation>confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="115"/>
        <source>Nichtverkettung</source>
        <translation>unlinkability</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="116"/>
        <source>Transparenz</source>
        <translation>transparency</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="117"/>
        <source>Intervenierbarkeit</source>
        <translation>intervenability</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="125"/>
        <location filename="../../ui/controllers/labels.py" line="130"/>
        <source>Art. 25 DSGVO</source>
        <translation>Art. 25 GDPR</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="127"/>
        <source>Art. 32 Abs. 4 DSGVO</source>
        <translation>Art. 32(4) GDPR</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="134"/>
        <source>Art. 32 Abs. 1 lit. {letter} DSGVO</source>
        <translation>Art. 32(1)({letter}) GDPR</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="140"/>
        <source>Kontrolle: {names}</source>
        <translation>Control: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="146"/>
        <source>SDM: {goals}</source>
        <translation>SDM: {goals}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="155"/>
        <source>BSI IT-Grundschutz {ids}</source>
        <translation>BSI IT-Grundschutz {ids}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/labels.py" line="171"/>
        <source>Erwartet ab Stufe: {level}</source>
        <translation>Expected from level: {level}</translation>
    </message>
</context>
<context>
    <name>recent</name>
    <message>
        <location filename="../../ui/controllers/recent.py" line="29"/>
        <source>kann nicht gelesen werden</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/recent.py" line="35"/>
        <source>{percent} % beantwortet · {count} offene Hinweise</source>
        <translation>{percent} % answered · {count} open findings</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/recent.py" line="39"/>
        <source>({count} kritisch)</source>
        <translation>({count} critical)</translation>
    </message>
</context>
</TS>
