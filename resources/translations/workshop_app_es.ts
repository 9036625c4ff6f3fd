<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App&apos;s icon: a round table with people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks a facilitator through the exercises of cross-sector partnership meetings, offline. Free software under the {licence} licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on these open-source components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files beside the app, which you may replace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Mark {n} action(s): {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped ✘</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Actions across meetings — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner, partner or words of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished (open or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of every meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many actions are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was delivered, or why it was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kept with the new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} actions listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTemplateDialog</name>
    <message>
        <source>Add from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda after adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding it takes the agenda from {now} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the blocks of a template to this agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the block (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoping the issue and a common fact base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing on measures of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing to information sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Vote method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level votes must reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of votes that must reach the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many indicators are adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots one person may put on one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep results hidden from the room until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the results on the projector (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all tallies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every vote of this block (undoable); the rule can then be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision rule in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose votes you are typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies per indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People voting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typing votes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer columns show and take the votes of this group; type a number in a cell, Enter saves. “All votes” adds up every group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vote settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is locked because votes have been entered: it was set before the vote. Clear the tallies to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce this rule to the room before anyone votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal results (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room does not see the results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {used} dots counted but only {allowed} were handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: more than {most} dots on {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent on: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {total} dots counted, but the {n} people present have only {most} dots between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {total} votes counted on {name}, more than the {n} people present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone (not by sector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {sector} sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vote method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark agreed / not agreed (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each commitment aloud; mark it agreed only when every party to it agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft agreement as partners will read it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} commitments agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Workshop App (a bug). Your work up to the last change is saved. Details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This file is too large for a sign-in list ({mb} MB; at most 5 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in list could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a text or CSV file: open it in a spreadsheet and save it as CSV or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CSV file is not in UTF-8: save it again as “CSV UTF-8” and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CSV file is malformed ({reason}): nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook unpacks to far more than a sign-in list: not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook could not be opened ({reason}): save it again from your spreadsheet and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is damaged ({reason}): save it again from your spreadsheet and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds formulas (cell {cell}): a sign-in list holds names only. Copy the names as values into a new sheet and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has more than {limit} rows, more than any meeting: nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} holds more than {limit} characters in one cell: this is not a sign-in list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} holds a formula or control characters, not a name: nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the selected people present, or back; Ctrl+A selects everyone. Someone not on the roster: type their name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of someone not on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a walk-in, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of the walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the walk-in as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sign-in list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sign-in list (CSV or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) list of names and organisations, checked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} present from {m} organisations, of {total} listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already ticked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}, present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sign-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-in list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in list holds no names: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sign-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone on the list was already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked {n} people present from the sign-in list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>This failed because of a bug in Workshop App (it has been logged): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Balance of the adopted indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the agreement votes; the room sees the chart. Adopt or re-vote to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops you deleted. Restore puts one back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>No collaborations yet. Try: workshop-app demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaboration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches {words!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaboration found by its name; no workshop yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said in {n} item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said in {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo collaboration is already in {path} (id {id}); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the demo collaboration &apos;{name}&apos; ({id}) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no damage found; format version {version} (this app reads up to {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} matches several {what}s; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {what} with the id {id} (see: workshop-app list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a WORKSHOP_ID or --collaboration, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: a WORKSHOP_ID or --collaboration ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table only applies to --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table {name}; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder or allow overwriting (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} tables to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow overwriting (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({paper}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise kind {key!r}; &apos;methods&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has {n} blocks; choose one from 1 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join at {address} with code {code} (Ctrl+C stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (default: $WORKSHOP_APP_DB or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrite an existing output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block&apos;s number in the agenda, from 1 (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language to write in (default: the room and exports language chosen in Edit → Preferences…, else this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitate cross-sector partnership workshops offline. Without a command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list collaborations and their workshops with ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the demo collaboration &apos;Safer Riverton Partnership&apos; (once: does nothing if it is already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database for damage and show its format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe every exercise kind: what it captures, who sees it, its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method library: every exercise kind with its purpose, or one kind&apos;s whole entry (when to use it, group size, time needed, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this kind&apos;s whole entry (its key, as methods lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find collaborations by name, workshops by title or place, and what was said in them (best match first; the words found in bold, or *so* when not a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most this many workshops (50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a workshop summary, its tables or data, or a collaboration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s id (or a unique start of it; see list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the report across all workshops of this collaboration instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default: md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it is for: public = public items only, partners = all but internal, internal = everything (default: partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to this file (for csv: a folder, or a .csv file with --table, or a .zip); default: standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv only: one table ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf only: paper size (default: a4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the paper for the tables to one PDF: the agenda with times, a sign-in sheet, ballots, dot votes, idea cards and the join card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: the paper of this computer&apos;s region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a workshop from a JSON file exported by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save what the projector shows for one block as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page, for a room view too long for one screen (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open one block to the room&apos;s phones: prints the join address and code, serves until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address to listen on (default: every network of this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port (default: any free one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup copy of the database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list existing backups instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database by a backup (the replaced file is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average {average} of 5 · {count} ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Choose a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Judging indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the next criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standard criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to the vision and the facts, data obtainable in time, lived experience; expertise, access, resources (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree these before anyone proposes an indicator. Each indicator is then scored against them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataInventoryPanel</name>
    <message>
        <source>Data to be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be shared? Then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other constraints, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership history warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a commitment to tick who receives it and the rules that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared w&amp;ith (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal constraints (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n pair(s) without a good history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who receives the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change legal constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change other constraints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Open a workshop or select a collaboration first: actions are followed per collaboration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop or select a collaboration with a meeting first: measurements are recorded with a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop or select a collaboration first: a report covers one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop first: its agenda becomes the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” as your template: New workshop and Add from template offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discretion</name>
    <message>
        <source>Change who is {role}: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>This cell counts: type a number (or + and −). Words go in the side lists: Ctrl+Shift+F a private note, Ctrl+Shift+D a decision, Ctrl+Shift+P the parking lot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Problem: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Purpose not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: what works, what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability: did we do what we promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding: the case for continuing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPurposePanel</name>
    <message>
        <source>Purpose of the next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the evaluation must answer, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed / not yet (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose, type the question and press Enter (Tab first to say for whom, by when and with which indicators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoping the issue and a common fact base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing on measures of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing to information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the actions of earlier meetings owner by owner and mark each done, in progress or dropped, with a note. Read back the last meeting&apos;s decisions, and bring in the parked topics this meeting will take up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What have we done since last time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for anything the agenda needs that has no exercise of its own. Capture what people say in their words; group similar points into clusters afterwards rather than while people talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should we discuss?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up: decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back the decisions taken today and check each one with the room: Alt+R goes to the list, Space ticks each as read back. Every action needs one owner (a person, not an organisation) and a date. Look at the parking lot: give each item an owner or agree to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did we decide, who does what by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round the room: each organisation says who it is, what it brings, what it needs from this partnership and to whom it answers. Keep it short and concrete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are we, what do we bring, what do we need, and to whom do we answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask which partners have worked together before and how it went. A failed or missing history is not a verdict; it tells you where trust must be built before data can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where have we worked together before, and what did we learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each statement; people rate it 1 to 5 by show of hands or on paper. Enter the tallies; keep results hidden until everyone has rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far do you agree? 1 = not at all, 5 = completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes, concerns and working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect hopes and concerns first, then turn concerns into working agreements the room can hold each other to. Mark an agreement agreed only when nobody objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we hope for, what worries us, and how will we work together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared vision of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each partner to finish the sentence &apos;We will know this partnership worked when…&apos;. Put the statements up, give everyone three dots, then combine the favourites into one vision the room can repeat. Mark it as the vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does success look like, for all of us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interdependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round the table: what does each partner need from another to do its part? Choose who needs it, type what, say from whom. The room sees which sectors depend on which; mark a need promised when the partner named says it will provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each of us need from the others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account for resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each partner what it brings: money, staff time, data, facilities, authority, relationships. Then name what the partnership needs that nobody brings yet. The room sees partners by kind of resource, and the gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each of us bring, and what do we still need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who else is affected by the issue or missing from the table. Place each on the grid: high or low power, high or low interest. The room sees the four quadrants with their advice; invite someone and it becomes an action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share discretion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the decisions the partnership will make. For each, tick which partners decide, which are consulted before and which are informed after. The room sees a decision-rights table; decisions nobody decides yet are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which decisions will we make together, and who makes them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through six topics: structure, meeting cadence, how decisions are made, how disputes are settled, the manager&apos;s role and who fills it. Type each point under its topic and mark it agreed when the room agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we govern ourselves, and who manages the work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency of viewpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each sector how the issue looks from where it sits. Choose the sector, type the view, Enter. The room sees the sectors side by side; views from phones are anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the issue look from where you sit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the broad topic and break it into sub-issues. Mark each in scope, out of scope, or later. Finish with one problem statement everybody can repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly are we trying to solve together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions to interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone states a fixed solution (a position), ask why it matters to them. Record the interest behind it. The room sees the interests, not who said what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind each position: what do we really need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the facts that matter, each with its source and date. Ask the room whether it is agreed, disputed, or needs data. Open questions get an owner and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we know, how do we know it, and what do we still need to find out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria for good indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anyone proposes an indicator, agree how indicators will be judged. This keeps the later choice about the partnership, not about one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we judge whether an indicator is a good one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture indicator names quickly while people talk; fill in the details after. Ask for at least one leading indicator and one that is not financial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we know we are succeeding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the decision rule before the vote. Enter the tallies, reveal them, and look at the spread: a sector that rates an indicator low is a conversation, not a rounding error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which indicators do we adopt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the adopted set as a whole: is it all financial? Does anything predict future performance? Can every partner report something to those it answers to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does our set of measures tell the whole story?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what each agreed indicator measured since it was adopted: pick the indicator, type the value and press Enter, then set its date and source. The room sees each indicator&apos;s values over time against its baseline and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do our measures say since last time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree what the evaluation is for: choose the purpose (learning, accountability, funding), type the question it must answer, say for whom, by when and with which indicators. Mark the questions the room adopts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must our evaluation tell us, and whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go partner by partner: what will you share, with whom, how often, in what form? Name the sensitivity and the laws or contracts that apply before anyone commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will each of us share, with whom, and under which rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public communication protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree who answers media and records requests for each partner, how partners warn each other, and how long a partner has to review before anything is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the press or the public asks, who answers and how do we warn each other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information-sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each commitment aloud and mark it agreed only when every party to it agrees. The summary turns the agreed commitments into a draft agreement for lawyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which commitments do we sign up to?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>(withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner {n} (name withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: {n} more item(s) recorded here are not for this audience and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indicator}: {old} → {new} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indicator}: {new} ({date}), its first measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or dropped since the last meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({owner}, due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} people from {organisations} organisations; {before} from {then} at the last meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here this time, not last time: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the last meeting, not this time: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow overwriting (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Workshop App from {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collaboration with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: {audience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: contains everything, including facilitator notes and items marked internal. Do not send it outside the facilitation team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For partner organisations: contains public and partners items. Items marked internal and facilitator notes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the public: contains only items marked public, safe to release. Partners and internal items, facilitator notes and the draft information-sharing agreement are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the projector may show: partners and public items, revealed results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parking lot is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: this section is not released to this audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workshop summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this audience will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper of the PDF and of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (text; charts appear in HTML, PDF and Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} captured items included; {hidden} left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the existing file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting for {audience}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary for {audience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (self-contained web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (whole workshop, for import)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactBasePanel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact, then Tab for its source, date, contributor; Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room says the selected facts are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ &amp;Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ &amp;Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? &amp;Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open question, then Tab for owner and due date; Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fac&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;questions (also in the workshop&apos;s action list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark facts: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsItemList</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How decisions are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How disputes are settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fills the manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic not chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is proposed, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed / not yet (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics not yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the topic (Alt+T), type what is proposed and press Enter. Ctrl+Return marks the selected points agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet discussed: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic has been discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a point in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands below work wherever the cursor is, the capture box included. The keys of lists, tables and each exercise work where they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture boxes and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists with tick boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the phones sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons and captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room window shows the current block to the room, in large type, on the largest screen that is not yours. Beside your capture box, a small picture shows exactly what the room sees, and a line says it in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room never sees internal items, facilitator notes or results you keep hidden. Blank the screen or show the holding slide during breaks and side conversations; freeze it while you tidy up a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View → Room view → Room theme: light, dark or high contrast for the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View → Room view → Room screen: choose the projector when it is not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long list goes over several pages: turn them for the room with the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop is a list of blocks, each one exercise with a timebox. Start a new workshop from a template (File → New workshop), then adjust it: Add block inserts an exercise after the current one, Add from template appends a template&apos;s blocks, Up and Down reorder, Remove deletes a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each block&apos;s prompt: it is the question the room sees. The guidance under the prompt reminds you how to run the exercise; the Guide button beside it (Shift+F1) opens its section of this guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the exercises that need the partners&apos; decision while most are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave ten minutes for the wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar at the top shows the current block, its timer and the meeting&apos;s plan. Ctrl+Space starts and pauses the block timer, Ctrl+Shift+Space sets it back to zero. Ctrl+PgDown and Ctrl+PgUp move to the next and previous block, and the room follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block past its timebox says “over time” in the agenda; the bar says in words when the meeting runs behind its plan. Then decide with the room what to shorten, rather than rushing the last blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing and visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the capture box and press Enter: the item is saved at once. Every item says who may see it: Public (anyone, the press included), Partners (the partner organisations: the usual choice), or Internal (only the facilitation team). F8 in a capture box changes it for what you capture next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal items never reach the projector, nor a public or partners export. Public records laws may make notes public: mark what must not be public before it is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D records a decision, Ctrl+Shift+A an action with owner and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P parks a topic; Ctrl+Shift+F writes a note only you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action&apos;s Status cell (F2) marks it in progress, done or dropped; Workshop → Actions across meetings (Ctrl+Shift+K) follows up every action of the collaboration, and File → Collaboration report shows what is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L brings the cursor back to the capture box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room can answer from their own phones, with no internet: your laptop serves a small page over the hall&apos;s Wi-Fi, or over your laptop&apos;s own hotspot when the venue&apos;s Wi-Fi keeps its guests apart. View → Phones in the room → Open to the room&apos;s phones (Ctrl+Shift+O) shows the address and a six-letter code on every slide, and a QR code on the holding slide (Shift+F6). Save join cards to print puts them on the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is asked for a name, and nothing about a phone is kept. What the phones send waits in “From the room” beside your lists: nobody sees it, the projector included, until you accept it. Alt+4 goes there: Enter accepts, F2 lets you tidy the words first, M merges it into an item already there, Delete rejects it. Ctrl+Z undoes each. A phone can also park a topic for later: it waits as “For later” and goes to the parking lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a quick round where every idea should be seen at once, Ctrl+Shift+L (this block only) shows what phones send on the projector as it arrives; the phones are told so before anyone types. Delete an item that should not stay; Ctrl+Shift+L again and ideas wait for you once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (the trust check-in), whether each fact is agreed, disputed or needs data, and votes on indicators (fist-to-five, gradients of agreement, dot votes within each phone&apos;s budget) from phones go straight into the tallies, beside what you type by hand; the room view and the summary say how many came from each. In a vote a phone may say which partner it is with, so the dissent flag sees a sector that disagrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phones follow you from block to block. A new join code puts everyone out at once (they join again with the new one); closing the workshop or the app closes the room to phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the code out loud as well: not everyone can read the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and macOS ask once whether to let the app use the network: allow it on private networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E exports or prints the summary of the open workshop, at any moment, also mid-meeting. Choose who it is for first: partners, the public, or the facilitation team. The dialog says what will be left out and shows a preview; nothing an audience may not see is in its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats: PDF and Word for reading and printing, HTML for a web page, Markdown for plain text, CSV tables for spreadsheets, JSON for another copy of the app. The paper follows your country (Letter in the United States and Canada, A4 elsewhere) until you choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I (File → Import a workshop…) brings in a JSON file from another copy of the app. Before anything is written it says whether the workshop is new here, an update of one you have, or already here; into which collaboration it goes; which partners it matched; and what the file left out for its audience. A file that cannot be imported says why in one sentence and changes nothing. To take a new workshop back, delete it on the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you type is on disk before the next key is handled: a crash or a power cut loses nothing you saw saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in the folder “backups” beside the database: one every few minutes while you work, one when you close a workshop and one when you quit; the last twenty are kept. File → Back up now makes one at once; File → Restore a backup… puts an earlier one back, keeping the current file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database and its backups folder to a USB stick after each meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the partners that what was agreed last time was done, or say honestly why not: follow-through is what keeps people coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the actions of earlier meetings on the projector; they are listed by owner, unfinished ones and those closed since the last meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each owner in turn where their action stands, and mark it Done, In progress or Dropped (Alt+D, Alt+I, Alt+R) with a short note of what was delivered or why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the decisions of the last meeting back; ask whether any needs revisiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the parking-lot topics this meeting will take up and bring them in (Ctrl+Return); the rest stay parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank owners for what was done before asking about what was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action nobody will do is better dropped, with a reason, than left open for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning the round into a blame session: ask what got in the way, not who failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing in every parked topic: the agenda has room for one or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start of every meeting after the first, before anything new: people want to see that what was agreed last time happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size: the owners of the actions speak, the rest listen and ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open block for whatever the agenda needs that no exercise covers: an update, a question the room raised, a topic brought back from the parking lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question you want answered in the prompt, so the room sees it on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what people say as they say it, one point per line; Enter captures it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the talk slows down, select related points and put them in a cluster (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before moving on, turn anything settled into a decision (Ctrl+Shift+D) or an action (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the speaker&apos;s own words: a paraphrase can change what was meant, and people notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point for another day goes to the parking lot (Ctrl+Shift+P) instead of taking over the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting points into clusters while people are still talking: you stop listening, and the room watches you sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open block without a question turns into a general chat that eats the agenda: give it a prompt and a timebox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the agenda needs time for something no exercise covers: an update, a question the room raised, a topic brought back from the parking lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size; with more than 15 people, ask for a few voices from each organisation rather than everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting with everyone agreed on what was decided, who does what by when, and what happens to the parked topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees today&apos;s decisions and actions. Read each one back aloud, ask whether anyone remembers it differently, and press Space to mark it read back (Alt+R puts the cursor in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the actions: each gets one named person and a date. Fill in the owner and due date in the actions list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the parking lot: each topic gets an owner and a meeting, or the room agrees to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when and where the next meeting is and what it will cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the summary for the partners (Ctrl+E) before the laptop is closed, or name the day they will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the decisions and actions on the projector while you read them back, so people can correct the wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ten minutes for the wrap-up even when the meeting runs late: it is what people remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation as an owner (“the city will…”): nobody in particular feels responsible. Ask for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions without a date drift to the next meeting, and the one after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of every meeting, even a short one: keep its ten minutes when the rest runs late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole room together, however many people came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone learns who the partners are, what each brings, what each needs, and to whom each answers. Those answers explain much of what happens later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round the room one organisation at a time: type its name in the Add box, choose its sector and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what it brings (money, staff, data, reach, the trust of a neighbourhood) and what it needs from the partnership; type both in its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to whom it answers: elected officials, a board, members, shareholders, funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture anything else said in the round as notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room view, the partners by sector, and ask who is missing from the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each turn to a minute or two; the detail can come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take attendance as people arrive (Workshop → Attendance, Ctrl+Shift+E): Space ticks a person off the roster, and a sign-in sheet can be imported afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom a partner answers to tells you what it must report: come back to it when the room chooses indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 on a cell changes who may see that cell, for example a constraint a partner shares in confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping the round because everybody seems to know each other: newcomers rarely do, and needs are rarely said out loud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letting the largest organisation talk for ten minutes: it sets the tone for the rest of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first meeting of a partnership, and whenever a new organisation joins: before any exercise that asks partners to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole room, one organisation at a time; a round of a minute or two each works for up to about 15 organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring past experience of working together into the open: what went well, what went badly, what was learned. Where partners have no history, or a failed one, trust must be built before anyone will share data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask which partners have worked together before, and on what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what they did together, tick the partners involved (Space ticks) and choose the outcome: good, mixed or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the lesson in one sentence and type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the grid of who has worked with whom: the empty and failed pairs are the ones to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about lessons, not blame: “what would you do differently?” works better than “what went wrong?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data inventory warns about pairs without a good history later on; it reads what you record here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening an old dispute in front of everyone: note it, agree that it matters, and follow it up in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a sensitive history public before the partners involved agree to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early in a partnership, after the introductions and before anyone is asked to share data or money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole room, 6 to 30 people; pairs of partners with a long history may talk it through first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick, anonymous reading of how much the partners trust each other, repeated at each meeting so the room sees the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each statement aloud. Change the statements beforehand if they do not fit this partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People rate each statement from 1 (not at all) to 5 (completely), by show of hands or on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many people gave each rating: Tab moves to the next rating, + and − count hands one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the results hidden until everyone has rated, then reveal them (F9) and talk about what stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper ballots give more honest answers than hands when trust is low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the spread, not only the average: two people at 1 say more than an average of 3.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same statements at every meeting, or the trend compares different questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing while people are still rating: later ratings follow the earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking who gave the low ratings. They are anonymous; ask the room what would raise them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start of each meeting, the first included, so that the room sees how trust moves from meeting to meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size; anonymous by hands, paper or phones, so it works from 5 to 40 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say openly what people hope the partnership will achieve and what worries them, then turn the worries into working agreements the room holds itself to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect hopes (Alt+1) and concerns (Alt+2), one per line, in people&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once ideas slow down, group similar ones into clusters (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each big concern, ask what agreement would answer it and type it as a working agreement (Alt+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each agreement aloud and mark it agreed (Ctrl+Return) only when nobody objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write agreements as behaviour anyone can see: “we send papers three days before a meeting”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the agreed list at the start of later meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguing with a concern: it is information, and the answer to it is an agreement, not a rebuttal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many agreements: five that people remember beat fifteen that nobody does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a first meeting, or when a partnership takes on new work; later, to check whether the working agreements still hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 40 people; above 20, collect hopes and concerns at tables first, then share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on one picture of success that every partner can repeat, so later choices about scope, measures and data can be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each partner to finish the sentence “We will know this partnership worked when…”; type each statement and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the statements on the projector and give everyone three dots to put on their favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the dots and type them in the Dots column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine the favourites into one statement the room can repeat, and mark it as the vision (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for changes in people&apos;s lives (“fewer young people in court”), not activities (“more meetings”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the combined statement aloud twice and ask whether anyone cannot live with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polishing words with thirty people: agree on the meaning and let two volunteers polish the wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vision so broad that nobody can disagree with it will not guide any decision either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the partners know each other, before the issue is scoped and long before indicators are chosen: they are judged against the vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 30 people; each partner proposes a statement and everyone votes with dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make visible that every partner depends on the others to reach the shared vision: the needs are the reasons to stay at the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each partner in turn: what do you need from another partner to do your part?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who needs it (Alt+P) and from whom (Alt+O), type what is needed and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the matrix: which sectors depend on which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the partner named whether it can provide it, and mark the promise (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for needs, not complaints: “we need the data monthly”, not “they never share”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row or column with nothing in it is worth a question: who is not depending on whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising on the spot what an organisation cannot commit without its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the quiet partners out: go round the whole table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While designing the partnership, after the shared vision: before governance and resources, so they answer real needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to about 12 organisations in one round; with more, pair partners first and report back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the table what each partner actually brings (money, staff time, data, facilities, authority, relationships) and what the partnership still lacks, so plans rest on resources that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round the table: what does your organisation bring? Choose the partner (Alt+B) and the kind of resource (Alt+Y), type it and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what the partnership needs that nobody has named: choose “nobody yet” as the partner and type the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the matrix: which kinds of resource are thin, and which partners bring little that others can see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each gap, ask who could bring it; choose that partner in the list&apos;s “Brought by” column when someone takes it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority and relationships count as much as money: a signature or an introduction can unblock more than a grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for specifics: “a half-time lieutenant for 18 months”, not “staff support”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting only money, so the partners without a budget look as if they bring nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording what an organisation has rather than what it will commit to the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While designing the partnership, once the vision and what partners need from each other are named: before the plan and the governance depend on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to about 12 organisations, each with someone who can say what it will commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who else is affected by the issue or could help or block it, and decide whom to invite, whom to keep informed and whom to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: who is affected by this issue, or needed to solve it, and is not at this table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each one and place it: high or low power (Alt+P), high or low interest (Alt+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the grid and read the advice of each quadrant aloud: manage closely, keep satisfied, keep informed, monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For those the room wants at the table, press Ctrl+Return: each becomes an action item; give it an owner and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power means being able to help or block, not only formal authority: a union or a newspaper can have plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name groups the partners find hard to reach, such as young people or renters: they are often the most affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviting everyone at once: a partnership that doubles in size has to start its trust work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving invitations without an owner: nobody makes the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While designing the partnership, or whenever the room wonders who is missing: before governance is settled, so newcomers are not joining a finished structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size: the whole room names stakeholders; the partners decide whom to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree in advance which decisions the partnership makes together and who decides, who is consulted and who is informed, so no partner is surprised by a decision it thought was its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the decisions the partnership will face: budget, data, measures, the press, staff, new partners. Type each and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selected decision, tick who decides (Alt+D), who is consulted before (Alt+C) and who is informed after (Alt+I); Space ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the table and read each row aloud: does every partner accept its role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the decisions nobody decides yet, and come back to them before the meeting ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the deciders few: a decision everyone must make is a decision nobody can make quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted means asked before, with time to answer; say how much time in the governance block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving a partner&apos;s own budget or data decided by others without that partner&apos;s clear agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treating “informed” as an afterthought: the partner told last is the one that leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While designing the partnership, once resources and needs are on the table and before governance: the decision rights shape the structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to about 12 organisations, each with someone who can speak for its decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle how the partnership governs itself (its structure, how often it meets, how it decides and settles disputes) and what its manager does and who that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the six topics in order: structure, meeting cadence, decisions, disputes, the manager&apos;s role, who fills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the topic (Alt+T), type what is proposed and press Enter; one point per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the room whether it agrees; mark agreed points with Ctrl+Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing, read the topics not yet discussed and the points only proposed: they are the next meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light structures last: start with the least the partnership needs, and a date to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree how disputes are settled while nobody is in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing the manager before agreeing the role: the role then fits the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager who answers to one partner only is seen as that partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of designing the partnership, once decision rights are clear; review it after the first year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to about 12 organisations, with people who can commit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each sector&apos;s view of the issue side by side, without debate at first, so the partners see the problem from every seat at the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each sector in turn: how does the issue look from where you sit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sector (Alt+S), type the view and press Enter; one view per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sectors side by side and ask: where do the views meet, and where do they part?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only then discuss; turn what the views share into the problem statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views sent from phones carry no name: invite them for what people may not say aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the view in the speaker&apos;s words, even when another sector would put it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguing with a view while it is being given: everyone gets their turn first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letting one sector speak for another: ask the people in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the issue is scoped: when the partners still describe the problem in their own sector&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size; with more than 20 people, sectors gather their views in small groups first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow a big topic down to what this partnership will actually work on, and say it in one problem statement everybody agrees to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the broad topic (for example “public safety”) in the Issues box and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break it down: Enter adds a sub-issue under the selected issue, Shift+Enter adds one beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each issue ask the room: in scope, out of scope, or later? Space in the tree changes the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one problem statement from what is in scope, read it aloud, and tick Agreed when the room agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Later” is a real answer: it keeps good ideas without making the work too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+arrows move an issue up, down, or under another one as the tree grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping the scope because the topic seems clear: partners often mean different things by the same words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem statement that names a solution (“build a shared crime lab”) instead of a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the partners have a broad topic (public safety, housing) but have not said what exactly they will work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 25 people in one conversation; a bigger room breaks the issue down at tables first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the room from fixed solutions (positions) to what matters behind them (interests), where partners can find common ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone states a fixed solution, type it as a stated position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask “why does that matter to you?” and type the answer as the interest behind it (Tab moves there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group interests that sound alike: shared interests are where the work can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room view: it lists the interests only, never who held which position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask “why?” more than once: the first answer is often another position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who stated a position only when it helps you; it never reaches the room or any summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguing about which position is right: this block is for understanding, not deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming a partner while reading the interests aloud undoes the protection the room view gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When partners arrive with fixed solutions, or a discussion goes in circles between two proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size from 4; it works best when each organisation has a voice in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a set of facts the partners accept, each with its source, so later discussions are about what to do rather than what is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each fact with its source, date and who brought it (Tab moves between the boxes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the room about each fact: agreed, disputed or needs data? Alt and the underlined letter mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a disputed fact or a missing number, add an open question with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the open questions at the end: they become action items in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the source before the fact is discussed: it changes how people argue about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disputed fact is not a failure: it tells you what data the partnership needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letting one partner&apos;s figures stand as fact because they came first or look the most official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions without an owner and a date never come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the issue is scoped and before measures are chosen, and again when new figures or reports come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 30 people; the partners who hold the data should be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree how indicators will be judged before anyone proposes one, so the choice is about the partnership and not about one partner&apos;s favourite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standard criteria (Ctrl+D) or type your own, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each judging criterion with the room: relevant to the shared vision and to the agreed facts, data obtainable in time, telling about people&apos;s lived experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the capacity checks: do the partners have the expertise, access and resources to collect the data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list aloud and ask what is missing before anyone proposes an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the list short, five to eight criteria: every proposed indicator is scored against each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If partners disagree about a criterion, settle it now, before anyone&apos;s indicator is at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing indicators first and writing the criteria to fit the favourites afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting capacity: an ideal indicator nobody can collect is never reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just before indicators are proposed, once the vision and the facts are agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole room, 6 to 30 people; it is short and needs everyone&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the candidate measures of success, with enough detail to decide which ones the partnership will track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture indicator names quickly while people talk; Enter adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards fill in each one: what it measures, its kind (input, output, outcome, impact), financial or not, leading or lagging, data source, baseline, target, how often and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick whose stakeholders need it (Space ticks): a budget office, a board, members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each indicator against the agreed criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at least one leading indicator (it predicts) and one that is not financial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner is the partner that will collect and report it: no owner, no indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only financial measures: at best they show part of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lagging measures: you learn that things went wrong when it is too late to change course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the partnership is ready to say how it will know it worked: after the criteria are agreed, before the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 30 people; with more, let tables propose indicators and fill in the details together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide together which indicators the partnership adopts, by a rule everyone knows before the vote, and see who disagrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vote method: fist-to-five, gradients of agreement, or dot votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision rule (for example nobody below “live with”, or 80% at 3 or more) and read it to the room before anyone votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote one indicator at a time and type the tallies, sector by sector if you want to see the spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the results (Ctrl+R or F9) and look at the dissent column before announcing what was adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the results hidden until every indicator has been voted, so early results do not steer later votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block (a fist, or “block”) parks the indicator: ask what would make it acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule locks once votes are entered, so nobody can change it to fit the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging away a sector that votes low: when one sector rates an indicator 1, that is a conversation, not a rounding error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the rule after seeing the votes: the room stops trusting the next vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after the indicators are proposed and scored, in the same meeting or the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size from 5; every partner should have at least one person voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the adopted indicators as a set: does it tell the whole story, and can every partner report on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the balance chart: the adopted indicators by kind, financial or not, leading or lagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read any warning aloud: a set that is all financial, or has no leading indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every partner has at least one indicator it can report to those it answers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something is missing, go back to the vote and adopt or re-vote an indicator; this check follows by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block is short: the work was done in the vote. Its job is to catch gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a set that leaves a partner nothing to report: it will struggle to justify its time and money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding indicators here without a vote: go back to the agreement block, so the rule still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after the vote on indicators, while the room can still go back and change the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole room, any size; the facilitator reads the chart aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what the agreed indicators measured since they were adopted, against where they started and where the partners want them to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the meeting, ask each indicator&apos;s owner for the latest figures and their source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the indicator (Alt+I), type the value and what was said about it (“371 lights helped”) and press Enter; set the date and the source in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts: each indicator&apos;s values over time, with its baseline and target as lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what moved the numbers, and whether any indicator no longer tells the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leading indicator moves first: start with it to keep the room&apos;s attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where each figure comes from: the room trusts numbers it can trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrating or blaming a single month: look at the direction over several points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements typed without a date: the chart cannot place them in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the check-ins between big meetings, once indicators have been adopted and measured at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size; the owner of each indicator reports and the room asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree what the evaluation is for before anyone collects data for it: learning, accountability or funding each need different questions, readers and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: who will read the evaluation, and what decision will they make with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose (Alt+U), type the question the evaluation must answer and press Enter; Tab to say for whom, by when and with which indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the questions back by purpose and mark those the room adopts (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every adopted question has an indicator that can answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funder&apos;s question and a learning question can both be asked, but say which is which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question as the reader would ask it, not as the evaluator would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation for everyone is read by no one: name the reader of each question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions no indicator can answer: drop them or add the indicator now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the measures are agreed and before the first report is due: when the partnership plans how it will judge itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size; with more than 15 people, let each sector propose its questions, then agree them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, partner by partner, what each will share, with whom, how often, in what form, how sensitive it is and which laws or contracts apply, before anyone commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner that shares, type what it will share and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who receives it (Space ticks), then fill in the purpose, how often and in what form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sensitivity and tick the legal constraints: public records and sunshine laws, privacy law, contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history warnings: pairs without a good history of working together need more care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a partner&apos;s legal or records officer to join this block, or to review the list afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data limits who may see the commitment itself; the projector and the exports follow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising data before checking that the law allows sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting that anyone may request a public agency&apos;s records: what it receives may become public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the partners are ready to commit to sharing data, usually after the measures are agreed: the indicators say which data is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 30 people; each partner needs someone who knows its data and the rules that apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree who answers the media and records requests for each partner, how partners warn each other, and how long a partner has to review anything before it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each partner type who answers media enquiries, then Tab to who handles records requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree how partners warn each other when a request or a story comes in (a call, an email, within a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the review time a partner has before anything about the partnership is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the list of partners without contacts and fill the gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a role as well as a person: people change jobs, the role stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public agencies often have legal deadlines for records requests; agree a review time that fits inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning about a story on the partnership from the news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review time longer than the legal deadline: the agency will have to release without warning you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the partnership makes any public statement, and before the first records request arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person per partner who speaks for it, or knows who does; any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the data commitments into an agreement the partners sign up to; the summary makes a draft information-sharing agreement of them for the partners&apos; lawyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each commitment aloud: who shares what, with whom, under which constraints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every party to it whether they agree, and mark it agreed (Space) only when all of them do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the draft agreement below the list as the partners will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export it for the partners (Ctrl+E) so their lawyers can review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commitment not yet agreed stays in the inventory: come back to it at the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the draft as final: it is a starting point for lawyers, not a signed agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a commitment agreed when the partner that receives it was not in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the data inventory, when the partners are ready to commit in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner that shares or receives data must be in the room, with someone who may agree for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide, for example: reveal, visibility, paper (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{text}” is in %n section(s); Enter shows the next.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the guide mentions “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Handouts: {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick your name, or write it on an empty line with your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} Put a cross in one box on each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your {n} dots next to what you support most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one dot on each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} dots on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square, or open the address, then type the code the screen shows. Use the room&apos;s Wi-Fi. No name is asked. If the screen shows another address, use that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address, its square code and the join code appear on the screen when the meeting opens to phones: write them here, or point your phone&apos;s camera at the screen. Use the room&apos;s Wi-Fi. No name is asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutsDialog</name>
    <message>
        <source>Handouts for the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF to print for the room: the agenda with its times, a sign-in sheet with the partners&apos; people, a ballot or dot-vote sheet for each vote, idea cards for each block that gathers ideas, and the join card when phones can take part. Only what the room may see is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {title} handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handouts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: the existing file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Partners involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they do together? Then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ticked partners for the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has worked with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a cell ticks that pair above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners involved (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has worked with whom (this and earlier meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least two partners (Space in the partner list) before you add a history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one record and tick at least two partners first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change partners of a history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Collaboration: {name}, found by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, found by {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>New collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or select a collaboration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? It goes to Deleted workshops, where you can restore it; Ctrl+Z also brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collaboration “{name}” and hide all its workshops? Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workshops by title, place or what was said in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds collaborations by name, workshops by title or place, and what was said in them; the best match first (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration / workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborations and workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as next meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workshops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your collaborations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop to run it (Enter), or plan a new one. Everything is saved as you type, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaboration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was said: “{snippet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was said: “{snippet}” ({n} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collaboration yet: start with New collaboration, or try the demo collaboration to see a meeting in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Partners: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{count} captured items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopesConcernsPanel</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hope, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working agreement, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark agreed / not agreed (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working agreements (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name} is too large to be a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Workshop App workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Workshop App workshop file (it is not valid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it holds text that is not valid Unicode. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a collaboration report, not a workshop; only workshop files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Workshop App (format {found}; this version reads up to {known}). Update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete: at {where}, {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this time is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item kind {kind!r} is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a block that is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items are nested {depth} deep (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block kind {kind!r} is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items of this kind do not name a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it hangs under an item it cannot belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a partner that is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to an item that is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &apos;{workshop}&apos; into &apos;{collaboration}&apos; ({id}): {added} new, {updated} updated, {unchanged} already there; {matched} partners matched existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deleted here since were not brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a workshop file ({mb:.0f} MB; the limit is {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s {what} {id} is already used by another workshop or collaboration in this database; the file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is inconsistent: {what}. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop belongs to another collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner belongs to another collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block or item belongs to another workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in this database&apos;s bin of deleted work; restore it before importing into it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item refers to a missing block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item refers to a missing parent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item refers to a missing partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier meeting does not fit this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is inconsistent: items are nested too deeply or in a loop. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database changed while the file was being previewed; nothing was imported. Look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing this file does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collaboration it goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the file was made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to take the import back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the workshop once imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workshop once imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update of a workshop already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here, as the file has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new collaboration, “{name}”, made by this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”, already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z does not take an import back. To remove the workshop, select it on the home screen and press Delete: it goes to Deleted workshops, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z does not take an import back: what is newer in the file replaces the older copy here. Nothing here is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matched with partners already here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer in the file, replacing the copy here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all here already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here since, not brought back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here but not in the file, which stay</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{audience}: the file holds the whole workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{audience}: %n item(s) withheld from that audience are not in the file, and roster details not meant for it are blank</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(so it only adds what is missing here; it changes nothing here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}” into “{collaboration}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator name, then Enter (fill in the rest later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners whose stakeholders need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores against the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose stakeholders &amp;need it (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scored against the criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator in the table to tick who needs it and score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion is less open than the indicator, so the indicator is not scored against it (make the criterion as open as the indicator to use it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who needs {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterdependencyPanel</name>
    <message>
        <source>Who needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner who needs it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised / not yet (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who needs it and from whom (Alt+P, Alt+O), type what is needed and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a need in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not yet promised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListWidget</name>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and press Enter to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected items in a cluster (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The due date {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group into a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name (leave empty to ungroup):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Edit {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Join “{meeting}” from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square, or open the address and type the code. Use the room&apos;s Wi-Fi. No name is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join cards: {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room and exports language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes to this language when Workshop App is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector, the phones and every export from now on use this language, so a meeting can be run in another language than the app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room and exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Purpose: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time needed: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring closes this database and restarts Workshop App. Everything is saved already. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;collaboration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home: all workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export or print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;outs for the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search collaborations, workshops and what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions across meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures between meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agenda as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide to this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementsEditor</name>
    <message>
        <source>Indicator measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the chosen indicator stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value, then what was said about it (2,010 fewer calls)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measurement: value, then words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indicator, type its latest value and what was said about it, then Enter. Set the date and source in the list (Tab moves across).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator has been proposed or agreed in this collaboration yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(indicator not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indicator measured first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the measured value, a number such as 2,010 or 46.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is a number, such as 2,010 or 46.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as year-month-day: 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Every adopted indicator is financial: the set says nothing about what changes for people. Add at least one that is not about money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adopted indicator is leading: everything looks back. Add one that predicts whether we are on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those it answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} has nothing to report to {whom}: no adopted indicator is owned by it or needed by its stakeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading (predicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging (looks back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to our shared vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to the facts we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data obtainable within our timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells us about people&apos;s lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have the expertise to collect and analyse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have access to the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have the resources (time, money, people) to collect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <source>Measures between meetings — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with the meeting “{meeting}”, where they will be reported; dated today unless you change the date in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodLibraryDialog</name>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in its name, purpose or when to use it, for example: trust, data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the method goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} methods; type words to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} methods have “{text}” in their name, purpose or when to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method matches “{text}”: try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop to add a method to its agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds it as the first block of “{workshop}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds it after block {n}, “{block}”, of “{workshop}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}” as block {n} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>✔ Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner organisation (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a cell to change it (F2 edits what is there); Tab goes to the next cell, Enter to the next row. Organisation and sector are public, the rest is for partners, unless a cell says otherwise: F8 on a cell changes who sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (seen by: {who}; F8 changes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone, public exports too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitation team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees {field} of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>A fact checked by the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the meeting takes something else; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the meeting takes no input from phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the room, shown as it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question is no longer asked; look at the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have placed all your dots; take one back from another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park it for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator&apos;s computer is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That organisation is not at the table; choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the meeting first (the code is on the screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is not open to the room now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Check the code on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a lot at once. Wait a moment, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep it under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters could not be read. Retype them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections from this phone; close other tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far do you agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hope or concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What success looks like to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your organisation needs from another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something your organisation can bring, or that we still need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision the partnership will have to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should we work together? A proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A governance point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the issue looks from where you sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the issue we should look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your organisation needs from this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact we should all know (and its source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is each fact agreed, disputed, or does it need data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes a good measure for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something we could measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote on each indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – fully for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – can live with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist – block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lament it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loathe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question the evaluation should answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <source>Phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the room&apos;s phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New join code (everyone joins again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save join cards to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what phones send on the projector as it arrives (this block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to “From the room”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop first: phones join a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room could not be opened to phones: this computer refused a network port ({reason}). Check that no firewall blocks Workshop App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New join code {code}: phones must join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part takes no ideas from phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ideas from phones as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from phones wait for you again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What phones send now shows on the projector at once; delete what should not stay (Ctrl+Shift+L to decide each one again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What phones send waits in “From the room” for you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not open to phones (Ctrl+Shift+O opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from the room is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save join cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join cards could not be saved to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join cards saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed to phones (Ctrl+Shift+O opens the meeting to them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OPEN TO PHONES: {address} · code {code} · %n phone(s) joined.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas show on the projector as they arrive (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Join the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code shown on the screen at the front of the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is asked and none is kept. What you send is read by the facilitator before anyone else sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you send shows on the screen at once, without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park it for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organisation are you with? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only so a vote can show when one sector disagrees. It is not kept with your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the screen: nothing to send from phones in this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code shown on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not join. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the meeting. Are you on the room&apos;s Wi-Fi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has a new code, or it has closed. Join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not open to phones now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting will start in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots to place: {size} · left: {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: tap again when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For later: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: will send when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end {end} ({length}). The agenda&apos;s blocks take {agenda}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Meeting plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda {agenda}. No planned end yet: Workshop → Meeting plan… ({keys}) sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten or remove a block, or re-plan the rest ({keys}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Workshop App cannot open its window: this computer lacks libraries that Qt needs to draw on the desktop ({libraries}). Install them, then start Workshop App again:
  Debian, Ubuntu:  sudo apt install {debian}
  Fedora:          sudo dnf install {fedora}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App cannot open its window: no desktop was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session; the commands export and render work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop App cannot open its window: the display {display} cannot be reached. Start it from a desktop session; the commands export and render work without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Who stated the position (never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by (never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated position (Tab: the interest behind it), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest behind it: why does it matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees the interests only: never the positions, never who stated them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <source>Records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers the media? Then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners without contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still without a contact: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner has a contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody below a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share at a level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots: the top N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What re-planning does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} ({saved} shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed timeboxes for the blocks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the new timeboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last block: there is nothing left to re-plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting runs {over} over, but every block left is already at its shortest ({floor} min): remove a block to win time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to re-plan: the blocks left fit the time planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past its planned end ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the time planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting runs {over} {when}. Shortening the blocks left in proportion, none under {floor} min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would still run {late} over; remove a block to win the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends on time. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed, not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of success and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{adopted} of {total} proposed indicators adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators proposed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures tracked over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating per statement (1 = not at all, 5 = completely), meeting by meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust across our meetings (average, 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust check-in results to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: the ratings of {n} meeting(s) are not for this audience and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: collaboration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings covered: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open action items are past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Collaboration report — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the report is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as the chosen audience reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the collaboration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (self-contained web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (whole workshop, for import)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it brings (or what we need), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of resource (t&amp;ype):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs nobody brings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who brings it (Alt+B; “nobody yet” for a need) and its kind (Alt+Y), type it and press Enter. When a partner takes on a need, choose it in the “Brought by” column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody yet: we need it —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, nobody brings yet: {gaps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps named yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{problem}

Choose a backup to restore. The damaged file is kept beside it under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current database is kept beside it under a new name, so nothing is thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sound backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup is damaged; choose a sound one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>No indicator has been adopted yet (or the votes are still hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adopted indicators ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set mixes financial and other measures, has a leading indicator, and gives every partner something to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing captured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {shown} of {total} points; the summary has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership history to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions for the evaluation; {agreed} agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must our evaluation tell us, and whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facts captured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (open question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back so far: {done} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions or action items recorded today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions today ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted at the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agreed} of {n} points agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we govern ourselves, and who manages the work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Agreed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working agreements ({agreed} of {n} agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: {method}. Decision rule, set before the vote: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no indicators to vote on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes are not shown until the facilitator reveals them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes from phones: {phones}; by hand: {hands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators proposed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{needs} needs {n} from {gives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs what from whom (number of needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} needs named; {promised} promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each of us need from the others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good indicator is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and we can collect it: capacity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator has been agreed yet: nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner-by-partner history. Failed: {failed}. No history or not recorded: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have we worked together before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? = nothing recorded, or not released to this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? = nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least two partners to map their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interests recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we really need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; no gaps named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of {needs} needs met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, nobody brings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each of us bring, and what do we still need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the broad topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} ({letter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D decides; C is consulted before; I is informed after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody decides yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which decisions will we make together, and who makes them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our shared vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does success look like for all of us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments to agree yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} commitments agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of the last meeting ({meeting})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought into this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic} (parked at {meeting})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the collaboration&apos;s first meeting: nothing to follow up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up from earlier meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{statement}: {counts} (average {avg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust across our meetings (average, 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results will be shown once everyone has rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each statement from 1 (not at all) to 5 (completely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far do we agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings from phones: {phones}; by hand: {hands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your sector see the issue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners on the roster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} organisations from {s} sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people present from {m} organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part cannot be shown right now; the facilitator has been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time +{clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (part {n} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join: {address} · code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture must be at least 160 x 90 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop with the id {id}; `main.py list` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no blocks on its agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no block {n}: this workshop has {count} blocks, numbered 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room view has {count} page(s); there is no page {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>Room view (what the room sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the room (black screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding slide with the workshop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the room view while you edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal hidden results of this block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page of the room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page of the room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save room view as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the largest screen that is not yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room window is now {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this block are not hidden; the room sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results revealed to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results hidden from the room again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room view saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save room view as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPicture</name>
    <message>
        <source>Picture of the room view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPreview</name>
    <message>
        <source>Room window state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room screen message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room window hidden (F5 shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room window: {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLANK: the room sees a black screen (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLDING SLIDE: the room sees the workshop title (Shift+F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROZEN: the room does not see your changes (F7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total} (Ctrl+Shift+PgDown / PgUp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULTS REVEALED: the room sees this block&apos;s results (F9 hides them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results hidden: the room does not see them yet (F9 reveals them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomQueue</name>
    <message>
        <source>Enter accepts · F2 edits first · M merges · Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the room: waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what the room sent, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the room: %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept from the room {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put out a phone and reject what it sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That phone is out and %n of its inputs were rejected. It can join again with the code: a new join code keeps it out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing in this block to merge it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” says the same as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomScreens</name>
    <message>
        <source>full screen on {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a normal window on your screen (no second screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {screen} was connected; the room window is now full screen there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {screen} was connected; the room window stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {screen} was disconnected; the room window is now {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {screen} was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Room view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation joining the table, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector of the new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who came, or import a sign-in list (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something said in the round, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) at the table</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Show or hide the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous block (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next block (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the block timer (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the block timer back to zero (Ctrl+Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide decisions, actions and the room preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions, actions, parking lot, notes and room preview (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {elapsed} / {box} — OVER by {over}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save agenda as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: our quarterly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeps the %n block(s) of the agenda ({total}): their kinds, titles, timeboxes, prompts and settings; nothing said in the meeting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the template keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: {used} used of {planned} planned, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: {used} used, {over} past the {planned} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ends about {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ⚠ running {late} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Over the plan by {over}: now ends at {end}, planned end {planned_end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Over the plan by {over}: the agenda takes {agenda} of {planned} planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda {agenda}: ends at {end}, planned end {planned_end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda {agenda} of {planned} planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spare} to spare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePanel</name>
    <message>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue: Enter adds it under the selected one, Shift+Enter beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility of new issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may see the issues you add next (F8 cycles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space in the tree cycles the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tree: Space cycles the scope · F2 renames · Del removes the issue and what hangs under it · Alt+arrows move · Insert goes to the new-issue box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence the room agrees to; Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed by the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the wording later clears the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add issue {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r}: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove issue {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move issue {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the problem statement before marking it agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement not agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoping</name>
    <message>
        <source>The room&apos;s view of a fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones: {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{q} — {owner}, by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{q} — {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement (agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in scope?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◷ Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philanthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector not said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDiscretionPanel</name>
    <message>
        <source>Decides (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision the partnership will make, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decides (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consulted before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informed after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a decision to tick who decides, is consulted and is informed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partner not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} and {b} have a failed partnership behind them: agree how this data will be handled before it changes hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} and {b} have never worked together: start small and review after the first exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership history is recorded between {a} and {b}: ask the room before they share data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} shares with {b} ({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of commitments: O open, R restricted, C confidential, ? not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who shares with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} will provide {data} to {recipients}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, solely for the purpose of {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (purpose to be stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject to: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients will not disclose it further without {provider}&apos;s written consent, except where the law requires it; {provider} remains its custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sharing commitment has been marked agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in principle at “{workshop}” ({date}). This is a starting point for each party&apos;s counsel, not a binding agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} ({sector}), answering to {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its governing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Information to be shared, purposes and frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Legal constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 2.{n}: information held by a public body may be subject to public-records, sunshine or freedom-of-information requests; the parties will tell each other of any request before responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 2.{n}: personal information is handled under applicable privacy law; only what the stated purpose needs is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 2.{n}: existing contracts of the provider may restrict this sharing; counsel to check before the first exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal constraint was named; each party&apos;s counsel should confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Contacts and public communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts for media and records requests are still to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed but not yet agreed: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(limited by sensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: may be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: partners only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: named recipients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public records / sunshine / freedom-of-information law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{where}: {does}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick the current entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list with tick boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next section that mentions it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a capture box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next box of the item (owner, due date…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who may see what you capture next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected items in a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the method library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the method shown to the agenda, after the current block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the underlined letter of a button or caption: press that button or go to that box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept it as an item of the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “From the room”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy the words first; Enter accepts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge it into an item already captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject it (nobody ever sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put out the phone that sent it and reject all it sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the cell; typing replaces what is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cell and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cell and go to the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cell and go to the row below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the cell unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected questions agreed, or not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected points agreed, or not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected working agreement agreed, or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the hopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the results to the room, or hide them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected needs promised, or not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standard criteria: vision, facts, timeframe, lived experience, capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the two partners of the cell in the partner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the grid of who has worked with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who may see the issues you add next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the issue under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the new-issue box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the issue beside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected issue&apos;s scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the issue tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the issue and what hangs under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the issue up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the issue down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the issue out, beside its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the issue under the one above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who may see the selected issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the new-issue box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected statement as our vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected commitment agreed, or not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the actions of earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected actions in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected actions dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected actions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected parked topics into this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the selected stakeholders: each becomes an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected statement and its tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected statement up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected statement down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one more hand for the selected rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one hand less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who may see the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected decision or action read back, or not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the read-back list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideLists</name>
    <message>
        <source>Decisions, actions, parking lot and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park a topic for later, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note, then Enter (never shown or exported to partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes: private, never shown or exported to partners (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: choose a partner or leave it skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, other capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPreview</name>
    <message>
        <source>Sign-in list: check who came with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on the sign-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Partner column: F2 or typing on it chooses another partner, or Skip. People not found are skipped unless you choose their partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} people will be ticked present; {s} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick {n} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people not skipped present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinceLastMeetingPanel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the earlier actions stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was delivered, or why it was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kept with the new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ✔ (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped ✘ (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier actions, by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note with the status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked at earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected parked topics into this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic for this meeting, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, due {due}: {n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the collaboration&apos;s first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions listed: {open} not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a parked topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring {n} parked topic(s) into this meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderMapPanel</name>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is affected or missing? Then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the selected (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action, then Tab for owner and due date; Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose power and interest (Alt+P, Alt+I), type who it is and press Enter. Ctrl+Return invites the selected stakeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;vitations (action items: give each an owner and a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stakeholder in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every selected stakeholder is already invited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>{power}, {interest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite {name} to the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). Your database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {path} failed its check, so it was not kept. The database itself may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {backup} is damaged or unreadable; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is still open. Close it before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Free some space; what you typed is kept on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} could not be written: the disk may be full or removed. Free some space or reconnect the disk; what you typed is kept on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} cannot be written (it is read-only). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is damaged or is not a Workshop App database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is busy: another program is using it. Close the other copy of Workshop App and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} could not be opened or written (disk error). Check that the folder exists and the disk is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} kept being replaced by another program while opening it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written (it is read-only), so Workshop App cannot save there. Copy the database to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already open in another copy of Workshop App{holder}. Use that window, or close it and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be locked ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It has not been changed. Restore the newest backup to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be used: part of its folder path is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Workshop App database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened in safe-write (WAL) mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Workshop App (format {found}; this version reads up to {known}). Update the app to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some text holds characters that are not valid Unicode and cannot be saved; nothing was changed. Retype it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No indicator has been adopted yet (or the votes are still hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adopted indicators ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set mixes financial and other measures, has a leading indicator, and gives every partner something to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communication contacts were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sharing commitments were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership history to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions for the evaluation; {agreed} agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions for the evaluation were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions (follow-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facts were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agreed} of {n} points agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No governance points were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: {method}. Decision rule, set before the vote: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no indicators to vote on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes are not shown until the facilitator reveals them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes from phones: {phones}; by hand: {hands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators were proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored “No” on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data for each indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored against the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{needs} needs {n} from {gives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs what from whom (number of needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} needs named; {promised} promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needs were named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements were recorded at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership history was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build trust before asking these partners to share data: {pairs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positions or interests were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests we share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions, interests and who stated them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions and the interests behind them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; no gaps named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of {needs} needs met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, nobody brings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources were named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue was not scoped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} ({letter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D decides; C is consulted before; I is informed after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody decides yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions were named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vision statements were proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments were put to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} commitments were agreed; they form the draft information-sharing agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of the last meeting ({meeting})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought into this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic} (parked at {meeting})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was followed up from earlier meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholders were named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings were not revealed to the room and are left out of this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings were entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings from phones: {phones}; by hand: {hands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No viewpoints were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people came from {m} partner organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not represented: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: the names of those present are not for this audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1
not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5
completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rated {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a number; type how many people gave this rating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message numerus="yes">
        <source>%n block(s), {total}: {start} to {end}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), {total} in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Whatever you plan next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your template, kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chosen template to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen template of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template} — yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own templates can be deleted; this one comes with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your template “{name}”? Workshops planned from it keep their agendas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>{name} is too large to be a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Workshop App template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Workshop App template file (it is not valid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it holds text that is not valid Unicode. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Workshop App; update the app to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a template this app can use: at {where}, {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block kind {kind!r} is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this records a meeting, not a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blocks add up to {total} minutes, not {stated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a template called “{name}”: choose another name, or delete that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the templates folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no blocks to keep as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own templates can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partnership meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part one of two. Introductions, history and trust, the issue and its facts; first ideas for measures and for what each partner could share. Nothing is voted on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting: choose the criteria, agree the indicators by vote, check their balance, name media contacts and sign the information-sharing agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions: who is at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our partnership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes, concerns and how we work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoping the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From positions to interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a common fact base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of success: first ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing: what each could share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up: decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part two of two, after the first partnership meeting (or Designing the partnership): follow up the actions agreed last time, check in on trust, judge and vote on the indicators proposed there, check the set&apos;s balance, and commit to sharing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90-minute check-in, every one to three months: the trust trend, actions and measures since the last meeting, what was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we judge indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing on indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media and records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our information-sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day: the whole arc in one meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one sitting, for partners short of meetings: trust, scope and facts, criteria, indicators and the vote, their balance, what each partner shares and the agreement. Tight timeboxes; plan a break on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90-minute check-in, in one to three months: the trust trend, actions and measures since this meeting, what was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust check-in: where we start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly are we solving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we know: a common fact base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each partner will share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up: read back decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90-minute check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the big meetings: how trust is holding, what was done since last time, what has changed in the facts, whether the working agreements hold and what data flowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another check-in; or a Follow-up meeting when the measures or the sharing commitments need to be agreed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust check-in: how are we doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last meeting: our actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What our measures say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has changed: new facts and open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are our working agreements holding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing: what flowed, what next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designing the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a partnership taking on a new issue: agree what success looks like for everyone, what partners need from each other and what each brings, who else should be involved, who decides what, and how the partnership is governed and managed; then put each sector&apos;s view of the issue side by side, scope it and agree the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting: turn the vision and the facts into criteria and indicators, vote on them and commit to sharing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes, concerns and working agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our shared vision of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we need from each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each of us brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is affected or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each of us sees the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a partnership whose measures are agreed and running: decide what the evaluation is for and for whom, look at what the measures say so far, fill the gaps in the indicators, and agree who collects and shares the data it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90-minute check-in when the first figures are in: what the measures say, and whether the evaluation answers the questions it was planned for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evaluation is for, and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What our measures say so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do our indicators tell the whole story?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators the evaluation still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who collects what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each indicator the evaluation uses: who collects the data, how often, and who checks it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data the evaluation needs from each partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One open discussion block; add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>There is no theme called {name!r}; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partners removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCheckInPanel</name>
    <message>
        <source>Ratings per statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another statement to rate, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected statement and its tally (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the results hidden from the room until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies larger than the people present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number in a rating cell and press Tab for the next one; + and − count hands one at a time. F2 edits a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally {n}× {r} for {s!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That statement is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add statement {s!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove statement {s!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the results again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the results to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees: the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees: the statements, results hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {total} ratings counted for “{statement}”, more than the {n} people present.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <source>Sector of the next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the issue looks from this sector, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round the sectors: choose the sector, type each view and press Enter. Views from phones come without a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisibilityChooser</name>
    <message>
        <source>Visibility of new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may see what you capture next. F8 changes it for the next item; Ctrl+F8 keeps it for the items after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it for the next items (Ctrl+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visibility} · kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visibility} · next item only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our vision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will know this partnership worked when… then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as our vision (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each statement and press Enter; count the dots and type them in the Dots column (Tab moves across, Enter down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Our vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as our vision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent: {sectors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a number of votes; type a whole number such as 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of votes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>The {top} indicators with the most dots are adopted; a tie at the cut is parked for the room to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted when nobody votes below “{level}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted when at least {share}% vote “{level}” or higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block always parks the indicator for the room to discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} at {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no votes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {sector} sector averages {mine:.1f}, the others {others:.1f}: talk about it before counting it as agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – fully for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – can live with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist – block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lament it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loathe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist-to-five (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source> — over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt shown to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide to this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, steps, tips and pitfalls (Shift+F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no blocks yet: use Add block or Add from template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance — {name}.&lt;/b&gt; {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add block {title!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and the %n item(s) captured in it? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the capture box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide decisions, actions and the room preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a facilitator note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and actions to read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read back / not yet (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many were read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each decision and action aloud and check it with the room. In the list (Alt+R), Space marks the selected one read back and moves to the next. The room sees all but the internal ones, marked as they are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read back today&apos;s decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes from the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: not for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
