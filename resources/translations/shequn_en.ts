<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="51" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="53" />
        <source>Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="54" />
        <source>Poster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="55" />
        <source>Voice file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="56" />
        <source>Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="58" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="93" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="94" />
        <source>Posters (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="95" />
        <source>Voice files (*.mp3 *.m4a *.amr *.wav *.ogg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="97" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="105" />
        <source>Add a link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="106" />
        <source>Address (https://…)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="95" />
        <source>Search drafts and materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="96" />
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="97" />
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="99" />
        <source>Drag onto a slot to plan it, or press Enter to plan it in the current cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="107" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="135" />
        <source>Drafts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="137" />
        <source>Materials (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="145" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="146" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="147" />
        <source>Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="148" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="29" />
        <source>Norms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="30" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="31" />
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="32" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="39" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="40" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="41" />
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="42" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="43" />
        <source>Partly failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="44" />
        <source>Manual to-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="52" />
        <source>No target group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="120" />
        <source>◀ Previous week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="121" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="122" />
        <source>Next week ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="123" />
        <source>Jump to the week of a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="124" />
        <source>Groups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="125" />
        <source>New post…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="126" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="127" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="128" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="129" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="130" />
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="131" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="132" />
        <source>Schedule week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="134" />
        <source>Turn this week's planned posts into outbox deliveries, one per group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="136" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="138" />
        <source>Excel push table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="139" />
        <source>CSV push table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="140" />
        <source>iCalendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="141" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="142" />
        <source>Import a push table from Excel as planned posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="145" />
        <source>Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.
Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or Alt+Shift+Up/Down) moves the selection to the previous/next slot, Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="155" />
        <location filename="../../desktop/ui/calendar/tab.py" line="247" />
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="316" />
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="331" />
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n post this week</numerusform><numerusform>%n posts this week</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="337" />
        <source>Marketing is %1% of this week's posts, above the %2% limit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="355" />
        <source>⚠ %n conflict(s) this week (cards marked ⚠; hover for details):</source>
        <translation>
            <numerusform>⚠ %n conflict this week (cards marked ⚠; hover for details):</numerusform><numerusform>⚠ %n conflicts this week (cards marked ⚠; hover for details):</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="407" />
        <source>Edit post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="409" />
        <source>New post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="431" />
        <source>Delete “%1”? Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="435" />
        <source>Delete %n posts? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete %n posts? Ctrl+Z brings them back.</numerusform><numerusform>Delete %n posts? Ctrl+Z brings them back.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="438" />
        <source>Delete post</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="454" />
        <source>Delete %n post(s)</source>
        <translation>
            <numerusform>Delete %n post</numerusform><numerusform>Delete %n posts</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="38" />
        <source>Cannot open the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="40" />
        <source>The database {path} was written by a newer version of Shequn Desk. Please update the app. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="46" />
        <source>The database {path} is damaged or is not a Shequn Desk database. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="55" />
        <source>Open a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="60" />
        <source>Start a new workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="65" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="76" />
        <source>Open a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="77" />
        <source>Backup:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="292" />
        <source>A short-term campaign group needs an end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="296" />
        <source>Fix the marked fields to save the group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="311" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="311" />
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="337" />
        <source>Platform limit (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="351" />
        <source>New group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="354" />
        <source>Basics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="355" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="356" />
        <source>Positioning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="357" />
        <source>Rules and messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="358" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="359" />
        <source>Characters as members see them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="360" />
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="361" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="362" />
        <source>Campaign ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="363" />
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="363" />
        <source>Clear the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="364" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="365" />
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="367" />
        <source>Lower the cap for this group, e.g. 150 for a small high-quality group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="369" />
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="370" />
        <source>Audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="371" />
        <source>Planned actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="372" />
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="373" />
        <source>Red lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="374" />
        <source>Announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="375" />
        <source>Welcome message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="376" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="377" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="394" />
        <source>e.g. morning greeting, weekly tips</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="17" />
        <source>WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="18" />
        <source>WeCom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="19" />
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="20" />
        <source>Telegram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="21" />
        <source>Email list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="22" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="29" />
        <location filename="../../desktop/ui/groups/labels.py" line="150" />
        <source>Short-term campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="30" />
        <source>Long-term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="36" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="37" />
        <location filename="../../desktop/ui/groups/labels.py" line="38" />
        <source>Above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="39" />
        <source>Full (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="52" />
        <source>%1 members: the group has reached its cap of %2 and nobody else can join. Open a sibling group or a sub-community.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="58" />
        <source>%1 members: above the recommended %3. Consider a sibling group or a sub-community before it reaches the cap of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="64" />
        <source>%1 members: above %4, the size where everyone still knows each other; fine, but no longer a small high-quality group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="83" />
        <source>Enter a group name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="86" />
        <source>The name must contain the brand keyword “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="92" />
        <source>At most %1 characters; this name has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="105" />
        <source>%1 emoji: keep it to %2 or fewer so the name stays easy to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="115" />
        <source>Must contain “%1”, at most %2 characters (emoji count as one, keep them few). Add a number or place to tell sibling groups apart, e.g. “%1·Beijing 02”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="121" />
        <source>At most %2 characters. Set the brand keyword in Settings so every group name is checked for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="130" />
        <source>e.g. %1·Beijing 01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="131" />
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="136" />
        <source>The campaign ended more than %1 days ago: archive the group. Its members stay reachable as contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="146" />
        <source>Customer care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="147" />
        <source>After-sales service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="148" />
        <source>Sales conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="149" />
        <source>Interest exchange</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="90" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="91" />
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="92" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="93" />
        <source>Campaign ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="94" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="95" />
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="134" />
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="149" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="230" />
        <source>Groups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="233" />
        <source>New group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="234" />
        <source>Create a group (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="235" />
        <source>Show archived</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="12" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="13" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="14" />
        <source>Snoozed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="15" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="21" />
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="22" />
        <source>Important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="23" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="29" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="30" />
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="31" />
        <source>Telegram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="32" />
        <source>Webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="33" />
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="68" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="69" />
        <source>All conversations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../desktop/ui/common/lazy_tab.py" line="27" />
        <source>Opening the workspace…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198" />
        <source>Opening the workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200" />
        <source>Shequn Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203" />
        <source>Workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204" />
        <source>Demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207" />
        <source>Shequn Desk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214" />
        <source>Welcome templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215" />
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224" />
        <source>Open data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>Remove demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228" />
        <source>&amp;About Shequn Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229" />
        <source>Sending worker: not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282" />
        <location filename="../../desktop/ui/main_window.py" line="290" />
        <source>Remove demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Delete all demo groups, members, posts, journeys and conversations?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297" />
        <source>About Shequn Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="298" />
        <source>Shequn Desk %1 — a workbench for community operators.
Data folder: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="12" />
        <source>Invited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="13" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="14" />
        <source>Onboarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="15" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="16" />
        <source>Silent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="17" />
        <source>Churned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="24" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="25" />
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="26" />
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="27" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="34" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="35" />
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="36" />
        <source>KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="37" />
        <source>Atmosphere crew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="38" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="46" />
        <source>Enter a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="48" />
        <source>Another member already uses this email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="52" />
        <source>This is not a valid email address, e.g. name@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="56" />
        <source>This is not a valid phone number: digits, spaces, - and a leading +.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="59" />
        <source>This value is not valid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberProfilePanel</name>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="208" />
        <source>%1 / 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="244" />
        <source>Fix the marked fields to save the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="267" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="270" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="271" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="273" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="274" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="275" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="276" />
        <source>WeChat ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="277" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="278" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="279" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="280" />
        <source>DM frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="281" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="286" />
        <source>Separate with commas, e.g. latte art, pour-over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="288" />
        <source>e.g. store QR code, friend referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="289" />
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="289" />
        <source>Clear the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="290" />
        <source>How often the member agreed to receive DMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="294" />
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="295" />
        <source>Activity score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="296" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="297" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="297" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="298" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="299" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="122" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="123" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="124" />
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="125" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="126" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="164" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="222" />
        <source>No member matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="224" />
        <source>No members yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="226" />
        <source>%1 members shown; scroll down for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="228" />
        <source>%1 members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="232" />
        <source>Search name, email, phone, WeChat ID or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="233" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="234" />
        <source>Add a member (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="65" />
        <source>New post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="65" />
        <source>Edit post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="70" />
        <source>What the group will see first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="73" />
        <source>The message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="96" />
        <source>Check a group set…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="123" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="125" />
        <source>Content type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="126" />
        <source>Date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="128" />
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="130" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="131" />
        <source>Target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="134" />
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="135" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="136" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="162" />
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="232" />
        <source>A post needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="170" />
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="175" />
        <source>This time is already in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="234" />
        <source>The repetition must end after the first day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="237" />
        <source>The post could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="241" />
        <source>This post was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="185" />
        <source>Group message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="186" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="199" />
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="124" />
        <source>Repeat weekly on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="131" />
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="132" />
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="133" />
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="134" />
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="135" />
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="136" />
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="137" />
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="147" />
        <source>until</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="35" />
        <source>Workspace settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42" />
        <source>e.g. 拾光 — every group name must contain it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49" />
        <source>Label=HH:MM, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59" />
        <source>Workspace name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61" />
        <source>Brand keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Calendar slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Write slots as Label=HH:MM separated by commas, e.g. 早=08:00, 中=12:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>The workspace needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100" />
        <source>Unknown time zone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="114" />
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="115" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="116" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="117" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="118" />
        <source>Message template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="119" />
        <source>Variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="120" />
        <source>Preview for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="132" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="133" />
        <source>Send this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="134" />
        <source>Switched off, members skip this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="135" />
        <source>Email subject (may use variables)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="136" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="137" />
        <source>Click to insert at the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="141" />
        <source>Save step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="142" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="348" />
        <source>A step needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="354" />
        <source>subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="354" />
        <source>message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="356" />
        <source>Not saved: the %1 template has problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="360" />
        <source>Not saved: this step was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="365" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TabActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="53" />
        <source>Plan %n draft(s)</source>
        <translation>
            <numerusform>Plan %n draft</numerusform><numerusform>Plan %n drafts</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="72" />
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="87" />
        <source>Sent posts stay where they were sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="76" />
        <source>Copy %n post(s)</source>
        <translation>
            <numerusform>Copy %n post</numerusform><numerusform>Copy %n posts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="79" />
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>Move %n post</numerusform><numerusform>Move %n posts</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="95" />
        <source>Plan material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="113" />
        <source>Plan into the past?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="114" />
        <source>This puts a post at a time that has already passed. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="135" />
        <source>Nothing planned this week waits to be scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="138" />
        <source>Schedule week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="140" />
        <source>“%1” has no target group and was not scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="144" />
        <source>“%1” is in the past and was not scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="147" />
        <source>Scheduled %n post(s)</source>
        <translation>
            <numerusform>Scheduled %n post</numerusform><numerusform>Scheduled %n posts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="148" />
        <source>(%n delivery(ies) in the outbox).</source>
        <translation>
            <numerusform>(%n delivery(ies) in the outbox).</numerusform><numerusform>(%n delivery(ies) in the outbox).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="157" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="158" />
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="159" />
        <source>iCalendar file (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="163" />
        <source>Export the week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="182" />
        <source>Push table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="185" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="188" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="192" />
        <source>Import a push table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="192" />
        <source>Push table (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="204" />
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="208" />
        <source>Import push table</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="209" />
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>Imported %n post.</numerusform><numerusform>Imported %n posts.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="212" />
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="224" />
        <source>not a date: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="225" />
        <source>not a time of day: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="226" />
        <source>no group called “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="227" />
        <source>unknown content type “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="228" />
        <source>the first row names no groups%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="13" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="14" />
        <source>Group message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="15" />
        <source>Manual task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="22" />
        <source>after joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="23" />
        <source>after the previous step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="36" />
        <source>%n min</source>
        <translation type="unfinished">%n min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="42" />
        <source>on joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="44" />
        <source>right after previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="47" />
        <source>%1 after joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="50" />
        <source>%1 after previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="57" />
        <source>The member's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="58" />
        <source>The group's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="59" />
        <source>The brand keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="60" />
        <source>A one-time verification code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="61" />
        <source>The group's rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="62" />
        <source>Content picked for the member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="65" />
        <source>The group's purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="66" />
        <source>The group's announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="67" />
        <source>The link to join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="68" />
        <source>The operator's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="69" />
        <source>Today's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="70" />
        <source>How to unsubscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="86" />
        <source>The template is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="88" />
        <source>Unknown variable {%1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="91" />
        <source>“{” is never closed (write {{ for a brace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="94" />
        <source>“}” without an opening “{” (write }})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="97" />
        <source>Not a valid placeholder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="103" />
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="74" />
        <source>Welcome journeys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="75" />
        <source>New journey name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="76" />
        <source>New journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="77" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="77" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="77" />
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="78" />
        <source>Add step</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/tab.py" line="145" />
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="146" />
        <source>no group attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="163" />
        <source>Steps of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="165" />
        <source>No journey yet: create one on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="188" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="233" />
        <source>A journey needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="248" />
        <source>New step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="249" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="259" />
        <source>The starter template is invalid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="84" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="85" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="86" />
        <source>Internal note (not sent to the member)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="87" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="88" />
        <source>Write a note for your teammates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="97" />
        <source>No conversation selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="101" />
        <source>Pick a conversation on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="107" />
        <source>%1 · via %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="123" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="124" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="154" />
        <source>The note is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="140" />
        <source>Double-click to plan a post here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="170" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="175" />
        <source>Marketing heavy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="195" />
        <source>Working day (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="208" />
        <source>%n post(s) on this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="212" />
        <source>Marketing is %1% of this day's posts, above the %2% limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="222" />
        <source>Drop a post here to move it to this day at the same time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="235" />
        <source>Repeats weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="245" />
        <source>Another post goes to %1 in the same slot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="249" />
        <source>This time is inside the workspace's quiet hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="252" />
        <source>%1 is archived (or closes) before this day.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
