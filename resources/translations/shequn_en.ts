<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="35" />
        <source>Not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="36" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="37" />
        <source>Sign-in refused: fix the user name or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="40" />
        <source>Needs its password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="43" />
        <source>Settings unusable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="105" />
        <source>Email accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="108" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="109" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="110" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="111" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="112" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="115" />
        <source>Add email account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="116" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="117" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="118" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="142" />
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="165" />
        <source>Could not read the accounts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="184" />
        <source>Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="184" />
        <source>Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="208" />
        <source>Account saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="231" />
        <source>Delete account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="232" />
        <source>Delete the account “%1” and its saved password?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnouncementPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="110" />
        <source>Announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="111" />
        <source>Welcome message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="133" />
        <source>Poster image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="133" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="141" />
        <source>Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="142" />
        <source>Mini-program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="143" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="148" />
        <source>Give the file, page or address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="150" />
        <source>A poster must be an image (png, jpg, gif, webp).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="152" />
        <source>A link must start with http:// or https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="154" />
        <source>A mini-program is its AppID (wx + 16 characters), optionally /page/path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="156" />
        <source>At most 5 attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="163" />
        <source>File, https:// address or mini-program AppID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="164" />
        <source>Caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="165" />
        <source>Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="166" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="167" />
        <source>Remove selected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="28" />
        <source>Attach journey to groups</source>
        <translation type="unfinished" />
    </message>
</context>
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
    <name>AutomationDialog</name>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="123" />
        <source>(all members)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="133" />
        <source>Members must be silent before they count as churned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="138" />
        <source>%1 members changed lifecycle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="158" />
        <source>Give a name, a time (HH:MM) and a template whose {variables} are known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="161" />
        <source>Greeting saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="168" />
        <source>%1 greetings queued in the outbox for today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="173" />
        <source>Member rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="174" />
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="175" />
        <source>Greetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="176" />
        <source>Silent after (days without interaction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="177" />
        <source>Churned after (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="178" />
        <source>Save and apply now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="180" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="181" />
        <source>Periodic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="183" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="184" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="185" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="186" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="187" />
        <source>Template ({name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="188" />
        <source>Time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="189" />
        <source>Every (days, periodic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="190" />
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="194" />
        <source>Save greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="195" />
        <source>Queue today's greetings</source>
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
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="54" />
        <source>%n group(s)</source>
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
    <name>CampaignReminderBar</name>
    <message>
        <location filename="../../desktop/ui/groups/reminder_bar.py" line="36" />
        <source>%1 campaign group(s) ended 3 or more days ago and should be archived: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/reminder_bar.py" line="40" />
        <source>Archive now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CannedRepliesPage</name>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="38" />
        <source>Give the reply a shortcut without spaces, like refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="44" />
        <source>Another canned reply already uses this shortcut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="52" />
        <source>Variables you can use: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="109" />
        <source>Shortcut:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="110" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="111" />
        <source>Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="112" />
        <source>e.g. refund — typed as /refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="113" />
        <source>Marketing reply (checks consent before sending)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="115" />
        <source>Variables filled from the member: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="116" />
        <source>New reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="117" />
        <source>Save reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="118" />
        <source>Delete reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="166" />
        <source>Canned reply saved.</source>
        <translation type="unfinished" />
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
    <name>DurationEdit</name>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="58" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="59" />
        <source>hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmailAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="172" />
        <source>Edit email account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="172" />
        <source>Add email account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="175" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="176" />
        <source>From address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="177" />
        <source>From name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="178" />
        <source>SMTP server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="179" />
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="180" />
        <source>Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="181" />
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="182" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="187" />
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="188" />
        <source>SSL/TLS (port 465)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="189" />
        <source>None (local relay only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="193" />
        <source>e.g. Club newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="197" />
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="199" />
        <source>Stored in the system keyring, never in the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="200" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="259" />
        <source>Give the account a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="260" />
        <source>Enter the address mail is sent from, like club@example.org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="261" />
        <source>Enter the SMTP server's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="262" />
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="285" />
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="297" />
        <source>Connection works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="302" />
        <source>Connection failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="339" />
        <source>Please fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="343" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="55" />
        <source>Erase member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="58" />
        <source>This removes %1's name, contacts, birthday, notes, tags, consent and the texts of their messages for good. Group and campaign counts keep them as an anonymous member. Type the member's name to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="64" />
        <source>Erase for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="65" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="93" />
        <source>The member was not erased: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="69" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="71" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="72" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="73" />
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="74" />
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="78" />
        <source>Compare A/B variants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="81" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="82" />
        <source>Variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="83" />
        <location filename="../../desktop/ui/templates/funnel_view.py" line="147" />
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="84" />
        <location filename="../../desktop/ui/templates/funnel_view.py" line="148" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="85" />
        <location filename="../../desktop/ui/templates/funnel_view.py" line="149" />
        <source>Dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="86" />
        <source>Median time from previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="89" />
        <source>Welcome funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="116" />
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="118" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="119" />
        <source>%1 min</source>
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
    <name>GroupOpsDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="35" />
        <source>%1 — operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="36" />
        <source>Staffing and moderation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="37" />
        <source>SOP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="38" />
        <source>Retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="39" />
        <source>Announcement and welcome</source>
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
        <location filename="../../desktop/ui/groups/tab.py" line="213" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="327" />
        <source>Groups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="330" />
        <source>New group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="331" />
        <source>Create a group (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="332" />
        <source>Show archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="333" />
        <source>Series…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="334" />
        <source>Create several groups from a name pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="335" />
        <source>Split…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="337" />
        <source>Open a sibling or a sub-community and move members into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="339" />
        <source>Operations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="340" />
        <source>Staffing, moderation, SOP and retrospective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="341" />
        <source>Policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="342" />
        <source>Automatic archiving and the moderation ladder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImapSection</name>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="81" />
        <source>Receive mail (IMAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="82" />
        <source>Read this mailbox into the inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="84" />
        <source>IMAP server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="85" />
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="86" />
        <source>Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="87" />
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="88" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="93" />
        <source>SSL/TLS (port 993)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="94" />
        <source>None (trusted network only, port 143)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="99" />
        <source>Same as the SMTP user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="101" />
        <source>Leave empty to keep the saved one (or use the SMTP password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="103" />
        <source>Leave empty to use the SMTP password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="105" />
        <source>Stored in the system keyring, never in the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="164" />
        <source>Enter the IMAP server's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="165" />
        <source>The IMAP port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="166" />
        <source>Enter the IMAP user name (or the SMTP one).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="133" />
        <location filename="../../desktop/ui/members/import_dialog.py" line="359" />
        <source>Import members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="133" />
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="232" />
        <source>Imported %1 new members, merged %2, skipped %3; %4 rows refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="243" />
        <source>This did not work: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="249" />
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="251" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="271" />
        <source>(from the file, or none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="292" />
        <source>%1 (encoding: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="302" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="302" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="302" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="319" />
        <source>%1 rows: %2 new, %3 to merge, %4 duplicates to skip, %5 refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="328" />
        <source>Refused rows are not imported. Save them, fix them and import again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="336" />
        <source>Options changed: check the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="341" />
        <source>Save refused rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="341" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="345" />
        <source>%1 refused rows saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="356" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="356" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="361" />
        <source>No file chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="362" />
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="364" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="364" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="364" />
        <source>Import as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="366" />
        <source>Known email, phone or WeChat ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="367" />
        <source>Merge into the existing member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="368" />
        <source>Skip the row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="369" />
        <source>Add everyone to group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="370" />
        <source>Check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="371" />
        <source>Save refused rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="372" />
        <source>Import</source>
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
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="42" />
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="43" />
        <source>Service messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="44" />
        <source>Transactional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="53" />
        <source>all channels</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="178" />
        <source>Inbox settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="180" />
        <source>Reply times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="180" />
        <source>Banned words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="180" />
        <source>Canned replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="183" />
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="185" />
        <source>First response within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="186" />
        <source>Resolve within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187" />
        <source>Warn this many minutes before:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="188" />
        <source>Working hours start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="189" />
        <source>Working hours end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="190" />
        <source>Working days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="195" />
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="196" />
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="197" />
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="198" />
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="199" />
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="200" />
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="201" />
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="206" />
        <source>Reply times count working time only, in the time zone %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="212" />
        <source>One word or phrase per line. A reply containing one shows a warning before it is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="216" />
        <source>Restore the default list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="217" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="217" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="218" />
        <source>Add label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="219" />
        <source>Choose colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="220" />
        <source>Remove label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="306" />
        <source>Choose at least one working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="308" />
        <source>Working hours must end after they start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="310" />
        <source>Reply times must be longer than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="318" />
        <source>Every label needs a name of at most 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="319" />
        <source>Two labels have the same name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="320" />
        <source>A colour must look like #3366cc.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="154" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="155" />
        <source>All conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="156" />
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="157" />
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="158" />
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="159" />
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="161" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="162" />
        <source>Longest waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="163" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="168" />
        <location filename="../../desktop/ui/inbox/tab.py" line="176" />
        <source>All labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="169" />
        <source>Search all messages (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="170" />
        <source>Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="171" />
        <source>Team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="268" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="270" />
        <source>Groups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="272" />
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="274" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="274" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="276" />
        <source>%1 (%2): %3 — %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="284" />
        <source>Last posts received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="368" />
        <source>No messages found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="394" />
        <source>Reply-time standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="395" />
        <source>%1 conversation(s) must be answered soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="403" />
        <source>Reply time: %1 overdue, %2 due soon</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="77" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="78" />
        <source>Ctrl+Up; or drag the step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="79" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="80" />
        <source>Ctrl+Down; or drag the step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="81" />
        <source>Switch on/off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="82" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="83" />
        <source>Attach to groups…</source>
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
        <location filename="../../desktop/ui/main_window.py" line="230" />
        <source>Opening the workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232" />
        <source>Shequn Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235" />
        <source>Workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236" />
        <source>Demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239" />
        <source>Shequn Desk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>Welcome templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247" />
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256" />
        <source>Open data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257" />
        <source>Remove demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>&amp;About Shequn Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319" />
        <location filename="../../desktop/ui/main_window.py" line="327" />
        <source>Remove demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="320" />
        <source>Delete all demo groups, members, posts, journeys and conversations?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334" />
        <source>About Shequn Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335" />
        <source>Shequn Desk %1 — a workbench for community operators.
Data folder: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManualTodoPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="104" />
        <source>Posted by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="105" />
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="107" />
        <source>Put the text (and the post's image) on the clipboard to paste in WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="109" />
        <source>Mark as posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="110" />
        <source>Nothing to post by hand right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="131" />
        <source>(no operator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="158" />
        <source>Could not read the to-do list: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="175" />
        <source>Image: %1 (copied with the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="194" />
        <source>Copied. Paste it into %1, then mark it as posted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="195" />
        <source>the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="209" />
        <source>Marked as posted by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="212" />
        <source>Already done or cancelled elsewhere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="13" />
        <source>Invited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="14" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="15" />
        <source>Onboarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="16" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="17" />
        <source>Silent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="18" />
        <source>Churned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="25" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="26" />
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="27" />
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="28" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="35" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="36" />
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="37" />
        <source>KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="38" />
        <source>Atmosphere crew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="39" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="47" />
        <source>Enter a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="49" />
        <source>Another member already uses this email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="53" />
        <source>This is not a valid email address, e.g. name@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="57" />
        <source>This is not a valid phone number: digits, spaces, - and a leading +.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="60" />
        <source>This value is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="65" />
        <source>Joined a group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="66" />
        <source>Left a group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="67" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="68" />
        <source>DM from the member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="69" />
        <source>DM to the member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="70" />
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="71" />
        <source>Welcome journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="72" />
        <source>Moderation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="73" />
        <source>Consent</source>
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
        <location filename="../../desktop/ui/members/model.py" line="146" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="147" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="148" />
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="149" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="150" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="211" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="250" />
        <source>%1, search “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="255" />
        <source>%1 messages queued; %2 members have no email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="279" />
        <source>%1 members exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="284" />
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="292" />
        <source>Export members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="292" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="361" />
        <source>No member matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="363" />
        <source>No members yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="365" />
        <source>%1 members shown; scroll down for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="367" />
        <source>%1 members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="371" />
        <source>Search name, email, phone, WeChat ID or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="372" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="373" />
        <source>Add a member (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="374" />
        <source>Personal center…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="376" />
        <source>Timeline, consent, preferences, data export and erasure of this member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="378" />
        <source>Rules…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="379" />
        <source>Lifecycle rules and greetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="380" />
        <source>Message segment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="382" />
        <source>Send an email to every member shown, through the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="384" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="385" />
        <source>Import members from a CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="386" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="387" />
        <source>Export the members shown to CSV or Excel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="38" />
        <source>Warn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="39" />
        <source>Mute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="40" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxLabels</name>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="22" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="23" />
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="24" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="25" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="26" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="27" />
        <source>To post by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="34" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="35" />
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="36" />
        <source>Telegram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="37" />
        <source>Webhook robot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="38" />
        <source>Manual (WeChat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="47" />
        <source>no consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="48" />
        <source>consent withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="49" />
        <location filename="../../desktop/ui/outbox/labels.py" line="68" />
        <source>unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="50" />
        <source>member erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="51" />
        <source>member wants no messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="52" />
        <source>quiet hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="53" />
        <source>public holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="54" />
        <source>daily limit reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="55" />
        <source>member's frequency limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="56" />
        <source>too late to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="63" />
        <source>cancelled by an operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="66" />
        <source>posted by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="67" />
        <source>post this by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="69" />
        <source>paced: the server asked to wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="72" />
        <source>waiting: the keyring is unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="75" />
        <source>waiting: the account needs its password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="78" />
        <source>waiting: the account settings are unusable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="81" />
        <source>waiting: the account's sign-in was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="84" />
        <source>waiting: the server is unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="87" />
        <source>the post was moved, edited or deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="117" />
        <source>waiting: no enabled %1 account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="130" />
        <source>skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="133" />
        <source>postponed until %2: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="137" />
        <source>postponed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="166" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="167" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="168" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="169" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="170" />
        <source>Subject / text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="171" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="172" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="204" />
        <source>Group #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="208" />
        <source>Member #%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="150" />
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="151" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="152" />
        <source>Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="153" />
        <source>Search subject or recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="154" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="155" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="156" />
        <source>Queue failed or cancelled deliveries again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="157" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="158" />
        <source>Stop deliveries that have not been sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="159" />
        <source>Send now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="161" />
        <source>Make pending deliveries due now (the sending rules still apply)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="165" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="169" />
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="220" />
        <source>%1 pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="221" />
        <source>%1 due now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="222" />
        <source>%1 sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="223" />
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="224" />
        <source>%1 to post by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="227" />
        <source>%1 sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="236" />
        <source>Could not read the outbox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="271" />
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="272" />
        <source>Channel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="273" />
        <source>Due: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="274" />
        <source>Attempts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="277" />
        <source>Next attempt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="279" />
        <source>Sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="281" />
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="283" />
        <source>Server said: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="294" />
        <source>%n delivery(ies) queued again.</source>
        <translation>
            <numerusform>%n delivery(ies) queued again.</numerusform><numerusform>%n delivery(ies) queued again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="299" />
        <source>%n delivery(ies) cancelled.</source>
        <translation>
            <numerusform>%n delivery(ies) cancelled.</numerusform><numerusform>%n delivery(ies) cancelled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="306" />
        <source>%n delivery(ies) will be sent now.</source>
        <translation>
            <numerusform>%n delivery(ies) will be sent now.</numerusform><numerusform>%n delivery(ies) will be sent now.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="320" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="327" />
        <source>%n could not be changed (already sent or being sent).</source>
        <translation>
            <numerusform>%n could not be changed (already sent or being sent).</numerusform><numerusform>%n could not be changed (already sent or being sent).</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonalCenterDialog</name>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="161" />
        <source>Personal center — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="164" />
        <source>activity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="184" />
        <source>allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="185" />
        <source>no consent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="186" />
        <source>withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="187" />
        <source>unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="202" />
        <location filename="../../desktop/ui/members/center_dialog.py" line="293" />
        <source>granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="202" />
        <location filename="../../desktop/ui/members/center_dialog.py" line="294" />
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="226" />
        <source>Say where the consent was given (form, event, DM…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="249" />
        <source>Quiet hours need a start and an end (HH:MM) and a known time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="252" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="257" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="260" />
        <source>Export the member's data to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="276" />
        <location filename="../../desktop/ui/members/center_dialog.py" line="279" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="276" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="277" />
        <location filename="../../desktop/ui/members/center_dialog.py" line="279" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="277" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="277" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="279" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="279" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="282" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="282" />
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="282" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="286" />
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="287" />
        <source>Channel and purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="288" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="289" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="295" />
        <source>Where: sign-up form, event, DM…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="296" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="300" />
        <source>DM frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="301" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="302" />
        <source>Quiet from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="303" />
        <source>Quiet until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308" />
        <source>e.g. Asia/Shanghai (empty: the workspace's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="309" />
        <source>Save preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="312" />
        <source>Groups and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="313" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="314" />
        <source>Strikes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="315" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="316" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="317" />
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="321" />
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="322" />
        <source>Erase member…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="70" />
        <source>Group policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="71" />
        <source>Archive campaign groups automatically when due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="72" />
        <source>Days after the campaign ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="73" />
        <source>Moderation ladder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="74" />
        <source>A mute lasts (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="75" />
        <source>Save</source>
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
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="72" />
        <source>Write a reply… type / and a few letters for a canned reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="74" />
        <source>Marketing message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="79" />
        <source>Send anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="79" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="202" />
        <source>The reply is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="206" />
        <source>the member unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="207" />
        <source>the member has not agreed to marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="208" />
        <source>the member withdrew consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="211" />
        <source>This marketing message cannot be sent: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="217" />
        <source>Banned or sensitive words: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="220" />
        <source>The member already got a marketing message within their chosen period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="222" />
        <source>Edit the text, or press “Send anyway”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetroPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="145" />
        <source>Choose a period whose end is after its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="163" />
        <source>Write at least the goal and the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="166" />
        <source>Retrospective saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="180" />
        <source>joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="181" />
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="182" />
        <source>members at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="183" />
        <source>posts sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="184" />
        <source>DMs received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="185" />
        <source>DMs answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="186" />
        <source>welcome journeys started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="187" />
        <source>welcome journeys completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="192" />
        <source>Retrospective (复盘)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="193" />
        <source>Fill in the figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="197" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="198" />
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="199" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="200" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="201" />
        <source>Causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="202" />
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="203" />
        <source>Next actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="208" />
        <source>Save retrospective</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="40" />
        <location filename="../../desktop/ui/members/segment_bar.py" line="83" />
        <source>All members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="51" />
        <source>(custom filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="78" />
        <source>Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="80" />
        <source>Filter by tag, group, role, lifecycle, activity, consent or birthday month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="155" />
        <source>The lowest activity is above the highest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="158" />
        <source>%1 members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="170" />
        <source>Give the segment a name no other segment has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="172" />
        <source>Segment saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="177" />
        <source>Filter members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="178" />
        <source>(any group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="179" />
        <source>(any role)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="180" />
        <source>(any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="181" />
        <location filename="../../desktop/ui/members/segment_dialog.py" line="182" />
        <location filename="../../desktop/ui/members/segment_dialog.py" line="183" />
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="185" />
        <source>Any of the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="186" />
        <source>In group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="187" />
        <source>With role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="188" />
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="189" />
        <source>Activity score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="190" />
        <source>Has consent for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="191" />
        <source>Birthday month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="192" />
        <source>Segment name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="196" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="197" />
        <source>Save as segment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentMessageDialog</name>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="138" />
        <source>%1 messages queued (%2 already queued before); %3 members have no email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="167" />
        <source>Message segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="169" />
        <source>To: %1 — %2 members, %3 without an email address (left out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="174" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="175" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="176" />
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="177" />
        <source>Send at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="178" />
        <source>Marketing (needs the member's opt-in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="179" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="182" />
        <source>Variables: %1. Consent, frequency and quiet hours apply at send time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="185" />
        <source>Queue messages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendingController</name>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="91" />
        <location filename="../../desktop/ui/outbox/controller.py" line="167" />
        <source>Passwords not saved: no keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="101" />
        <source>No keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="161" />
        <source>&amp;Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="162" />
        <source>&amp;Outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="163" />
        <source>&amp;Email accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="164" />
        <source>To post now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="159" />
        <source>Use {n} for a number (e.g. {n:02} → 01) and/or {loc} for a location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="167" />
        <source>this name is already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="178" />
        <source>A campaign group needs the campaign's end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="181" />
        <source>Create %1 groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="199" />
        <source>Create a series of groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="200" />
        <source>Name pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="201" />
        <source>Numbers ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="202" />
        <source>Locations ({loc})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="203" />
        <source>Comma-separated, e.g. 北京, 上海</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="204" />
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="205" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="206" />
        <source>Campaign ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="209" />
        <source>Each name must carry the brand keyword and have at most 12 characters. Nothing is created while any name is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="213" />
        <source>Cancel</source>
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
    <name>SopPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="42" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="42" />
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="116" />
        <source>A group of that name exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="130" />
        <source>Split the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="133" />
        <source>Open a sibling group of the same series, or a sub-community (亚社群) under this group, and move the members you tick into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="137" />
        <source>Sibling group (next in the series)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="139" />
        <source>Sub-community of this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="140" />
        <source>Members to move:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="141" />
        <source>Create and move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="142" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="137" />
        <source>Nobody is owner or admin: nobody can moderate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="139" />
        <source>The campaign is running without a 气氛组 (atmosphere crew).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="162" />
        <source>Select a member first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="165" />
        <source>Say which rule was broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="177" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="180" />
        <source>%1 for this rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="195" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="195" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="196" />
        <source>Moderation: warn → mute → remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="197" />
        <source>The red line that was crossed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="199" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="199" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="199" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="199" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="116" />
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="117" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="118" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="119" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="120" />
        <source>Message template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="121" />
        <source>Variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="122" />
        <source>Preview for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="134" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="135" />
        <source>Send this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="136" />
        <source>Switched off, members skip this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="137" />
        <source>Email subject (may use variables)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="138" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="139" />
        <source>Click to insert at the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="143" />
        <source>Save step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="144" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="145" />
        <source>Variants…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="146" />
        <source>Other versions of this step: per channel, or A/B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="353" />
        <source>A step needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="359" />
        <source>subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="359" />
        <source>message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="361" />
        <source>Not saved: the %1 template has problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="365" />
        <source>Not saved: this step was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="370" />
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
    <name>TeamStatsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="37" />
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="43" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="47" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="85" />
        <source>Team figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="86" />
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="88" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="89" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="90" />
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="91" />
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="97" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="98" />
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="99" />
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="100" />
        <source>Median first response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="101" />
        <source>Median resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="105" />
        <source>Times count working hours only, as in the reply-time standards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="117" />
        <source>Unassigned</source>
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
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="115" />
        <source>…and %n more problem(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="91" />
        <source>Welcome journeys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="92" />
        <source>New journey name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="93" />
        <source>New journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="94" />
        <source>New journey from the 8-step default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="95" />
        <location filename="../../desktop/ui/templates/tab.py" line="97" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="96" />
        <source>Funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="97" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="97" />
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="98" />
        <source>Add step</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/tab.py" line="175" />
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="176" />
        <source>no group attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="193" />
        <source>Steps of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="195" />
        <source>No journey yet: create one on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="220" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="226" />
        <source>Switched off: members skip this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="268" />
        <source>A journey needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="283" />
        <source>New step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="284" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="294" />
        <source>The starter template is invalid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="107" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="108" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="109" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="110" />
        <source>Internal note (not sent to the member)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="111" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="112" />
        <source>Write a note for your teammates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="128" />
        <source>No conversation selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="132" />
        <source>Pick a conversation on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="138" />
        <source>%1 · via %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="149" />
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="158" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="159" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="160" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="161" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="162" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="163" />
        <source>To post by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="178" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="179" />
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="184" />
        <source>The member unsubscribed (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="196" />
        <source>Remote images are blocked. Show them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="207" />
        <source>Counted as feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="225" />
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="259" />
        <source>The note is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodoNotifier</name>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="235" />
        <source>To post now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="237" />
        <source>A message is due in %1: post it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="239" />
        <source>%n message(s) are due to be posted by hand.</source>
        <translation>
            <numerusform>%n message are due to be posted by hand.</numerusform><numerusform>%n messages are due to be posted by hand.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="248" />
        <source>Shequn Desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="125" />
        <source>Variants of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="128" />
        <source>Another version of this step: for one channel (e.g. a shorter text in the group), or side A or B of a random split compared in the funnel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="132" />
        <location filename="../../desktop/ui/templates/variant_editor.py" line="159" />
        <source>No A/B side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="132" />
        <source>A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="132" />
        <source>B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="139" />
        <source>A/B side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="140" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="141" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="142" />
        <source>Message template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="143" />
        <source>Email subject (may use variables)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="144" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="145" />
        <source>New variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="146" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="147" />
        <source>Save variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="148" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="159" />
        <source>Side %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="234" />
        <source>subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="234" />
        <source>message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="239" />
        <source>Not saved: the %1 template cannot be rendered (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="249" />
        <source>Not saved: the %1 template has problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="269" />
        <source>Not saved: this step or variant was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="272" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="281" />
        <source>Deleted.</source>
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
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="95" />
        <source>This member is not in a welcome journey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="98" />
        <source>Journey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="98" />
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="98" />
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="102" />
        <source>Code the member gave you (6 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="103" />
        <source>Check code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="104" />
        <source>Resend code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="105" />
        <source>Interaction tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="125" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="127" />
        <source>Locked after too many wrong codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="129" />
        <source>Expired without an answer — possibly a bot</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/welcome_page.py" line="131" />
        <source>Waiting for the code: %n try(s) left</source>
        <translation>
            <numerusform>Waiting for the code: %n try left</numerusform><numerusform>Waiting for the code: %n trys left</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="133" />
        <source>expires %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="135" />
        <source>No code sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="142" />
        <source>side %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="146" />
        <source>%1 of %2 steps reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="151" />
        <source>last: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="153" />
        <source>next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="155" />
        <source>status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="170" />
        <source>Done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="172" />
        <source>The tasks appear when the member reaches that step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="181" />
        <source>Enter the code first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="187" />
        <source>Verified: the journey continues.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/welcome_page.py" line="189" />
        <source>Wrong code: %n try(s) left.</source>
        <translation>
            <numerusform>Wrong code: %n try left.</numerusform><numerusform>Wrong code: %n trys left.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="191" />
        <source>Wrong code: verification is now locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="193" />
        <source>The code has expired: send a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="195" />
        <source>Already verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="197" />
        <location filename="../../desktop/ui/members/welcome_page.py" line="206" />
        <source>This member has no open code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="210" />
        <source>Too many resends: try again after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="213" />
        <source>A new code is on its way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="224" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="45" />
        <source>Sending: waiting for the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="47" />
        <source>Sending: paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="49" />
        <source>Sending: stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="51" />
        <source>Sending: running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="55" />
        <source>%1 due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="59" />
        <source>%1 sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="68" />
        <source>last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="122" />
        <source>Click to open the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="125" />
        <source>Last error (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="131" />
        <source>This session: %1 sent, %2 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="150" />
        <source>Open the outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="151" />
        <source>Pause sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="152" />
        <source>Sending worker</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
