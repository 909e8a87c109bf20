<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="42"/>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="43"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="44"/>
        <source>Sign-in refused: fix the user name or password</source>
        <translation>Sign-in refused: fix the user name or password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="47"/>
        <source>Needs its password</source>
        <translation>Needs its password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="50"/>
        <source>Settings unusable</source>
        <translation>Settings unusable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="160"/>
        <source>Channel accounts</source>
        <translation>Channel accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="164"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="165"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="167"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="170"/>
        <source>Add email account…</source>
        <translation>Add email account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="171"/>
        <source>Add Matrix account…</source>
        <translation>Add Matrix account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="172"/>
        <source>Add WeCom app…</source>
        <translation>Add WeCom app…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="173"/>
        <source>Add group robot…</source>
        <translation>Add group robot…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="174"/>
        <source>Group robots…</source>
        <translation>Group robots…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="175"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="176"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="177"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="218"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="242"/>
        <location filename="../../desktop/ui/accounts/dialog.py" line="247"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="244"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="245"/>
        <source>Disconnected, retrying</source>
        <translation>Disconnected, retrying</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="246"/>
        <source>Sign-in refused: sign in again</source>
        <translation>Sign-in refused: sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="249"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="252"/>
        <source>Could not read the accounts: %1</source>
        <translation>Could not read the accounts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="275"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="275"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="317"/>
        <source>Signed in; the account is saved.</source>
        <translation>Signed in; the account is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="310"/>
        <location filename="../../desktop/ui/accounts/dialog.py" line="330"/>
        <source>Account saved.</source>
        <translation>Account saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="355"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="356"/>
        <source>Delete the account “%1” and its saved password?</source>
        <translation>Delete the account “%1” and its saved password?</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="146"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="146"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="150"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="137"/>
        <source>%1 (this week)</source>
        <translation>%1 (this week)</translation>
    </message>
</context>
<context>
    <name>AnnouncementPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="113"/>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="114"/>
        <source>Welcome message</source>
        <translation>Welcome message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="136"/>
        <source>Poster image</source>
        <translation>Poster image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="136"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="144"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="145"/>
        <source>Mini-program</source>
        <translation>Mini-program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="146"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="151"/>
        <source>Give the file, page or address.</source>
        <translation>Give the file, page or address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="153"/>
        <source>A poster must be an image (png, jpg, gif, webp).</source>
        <translation>A poster must be an image (png, jpg, gif, webp).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="155"/>
        <source>A link must start with http:// or https://.</source>
        <translation>A link must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="157"/>
        <source>A mini-program is its AppID (wx + 16 characters), optionally /page/path.</source>
        <translation>A mini-program is its AppID (wx + 16 characters), optionally /page/path.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="159"/>
        <source>At most 5 attachments.</source>
        <translation>At most 5 attachments.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="174"/>
        <source>File, https:// address or mini-program AppID</source>
        <translation>File, https:// address or mini-program AppID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="175"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="176"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="177"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="178"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="36"/>
        <source>Attach journey to groups</source>
        <translation>Attach journey to groups</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="51"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="53"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="54"/>
        <source>Poster…</source>
        <translation>Poster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="55"/>
        <source>Voice file…</source>
        <translation>Voice file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="56"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="58"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="94"/>
        <source>Posters (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Posters (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="95"/>
        <source>Voice files (*.mp3 *.m4a *.amr *.wav *.ogg)</source>
        <translation>Voice files (*.mp3 *.m4a *.amr *.wav *.ogg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="97"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="105"/>
        <source>Add a link</source>
        <translation>Add a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="106"/>
        <source>Address (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="123"/>
        <source>(all members)</source>
        <translation>(all members)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="133"/>
        <source>Members must be silent before they count as churned.</source>
        <translation>Members must be silent before they count as churned.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="138"/>
        <source>%1 members changed lifecycle.</source>
        <translation>%1 members changed lifecycle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="158"/>
        <source>Give a name, a time (HH:MM) and a template whose {variables} are known.</source>
        <translation>Give a name, a time (HH:MM) and a template whose {variables} are known.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="161"/>
        <source>Greeting saved.</source>
        <translation>Greeting saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="168"/>
        <source>%1 greetings queued in the outbox for today.</source>
        <translation>%1 greetings queued in the outbox for today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="178"/>
        <source>Member rules</source>
        <translation>Member rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="179"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="180"/>
        <source>Greetings</source>
        <translation>Greetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="181"/>
        <source>Silent after (days without interaction)</source>
        <translation>Silent after (days without interaction)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="182"/>
        <source>Churned after (days)</source>
        <translation>Churned after (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="183"/>
        <source>Save and apply now</source>
        <translation>Save and apply now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="186"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="186"/>
        <source>Periodic</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="193"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="194"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="195"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="196"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="197"/>
        <source>Template ({name})</source>
        <translation>Template ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="198"/>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="199"/>
        <source>Every (days, periodic)</source>
        <translation>Every (days, periodic)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="200"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="204"/>
        <source>Save greeting</source>
        <translation>Save greeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="205"/>
        <source>Queue today&apos;s greetings</source>
        <translation>Queue today&apos;s greetings</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="110"/>
        <source>Search drafts and materials</source>
        <translation>Search drafts and materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="111"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="112"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="114"/>
        <source>Drag onto a slot to plan it, or press Enter to plan it in the current cell.</source>
        <translation>Drag onto a slot to plan it, or press Enter to plan it in the current cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="122"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="169"/>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="171"/>
        <source>Materials (%1)</source>
        <translation>Materials (%1)</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="83"/>
        <source>Plan %n draft(s)</source>
        <translation>
            <numerusform>Plan %n draft</numerusform>
            <numerusform>Plan %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="158"/>
        <location filename="../../desktop/ui/calendar/actions.py" line="169"/>
        <location filename="../../desktop/ui/calendar/actions.py" line="205"/>
        <source>Sent posts stay where they were sent.</source>
        <translation>Sent posts stay where they were sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="173"/>
        <source>Copy %n post(s)</source>
        <translation>
            <numerusform>Copy %n post</numerusform>
            <numerusform>Copy %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="178"/>
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>Move %n post</numerusform>
            <numerusform>Move %n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="201"/>
        <source>A teammate just changed this post; nothing was moved. Look again.</source>
        <translation>A teammate just changed this post; nothing was moved. Look again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="207"/>
        <location filename="../../desktop/ui/calendar/actions.py" line="313"/>
        <source>The change was not saved: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="220"/>
        <source>Plan material</source>
        <translation>Plan material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="230"/>
        <source>Plan into the past?</source>
        <translation>Plan into the past?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="231"/>
        <source>This puts a post at a time that has already passed. Continue?</source>
        <translation>This puts a post at a time that has already passed. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="253"/>
        <source>Delete “%1”? Ctrl+Z brings it back.</source>
        <translation>Delete “%1”? Ctrl+Z brings it back.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="257"/>
        <source>Delete %n posts? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete %n posts? Ctrl+Z brings them back.</numerusform>
            <numerusform>Delete %n posts? Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="260"/>
        <source>Delete post</source>
        <translation>Delete post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="276"/>
        <source>Delete %n post(s)</source>
        <translation>
            <numerusform>Delete %n post</numerusform>
            <numerusform>Delete %n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="289"/>
        <source>Nothing planned this week waits to be scheduled.</source>
        <translation>Nothing planned this week waits to be scheduled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="291"/>
        <source>Schedule week</source>
        <translation>Schedule week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="295"/>
        <source>“%1” has no target group and was not scheduled.</source>
        <translation>“%1” has no target group and was not scheduled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="299"/>
        <source>“%1” is in the past and was not scheduled.</source>
        <translation>“%1” is in the past and was not scheduled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="303"/>
        <source>“%1” is too long for a group robot and was not scheduled: %2</source>
        <translation>“%1” is too long for a group robot and was not scheduled: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="308"/>
        <source>Scheduled %n post(s)</source>
        <translation>
            <numerusform>Scheduled %n post</numerusform>
            <numerusform>Scheduled %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="309"/>
        <source>(%n delivery(ies) in the outbox).</source>
        <translation>
            <numerusform>(%n delivery(ies) in the outbox).</numerusform>
            <numerusform>(%n delivery(ies) in the outbox).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="179"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="180"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="181"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="182"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="34"/>
        <source>Norms</source>
        <translation>Norms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="35"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="36"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="37"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="45"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="46"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="47"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="48"/>
        <source>Partly failed</source>
        <translation>Partly failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="49"/>
        <source>Manual to-do</source>
        <translation>Manual to-do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="57"/>
        <source>No target group</source>
        <translation>No target group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="59"/>
        <source>%n group(s)</source>
        <translation>%n group(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="73"/>
        <source>WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the month: choose another month or leave this group out.</source>
        <translation>WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the month: choose another month or leave this group out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="79"/>
        <source>WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the month: nothing was changed.</source>
        <translation>WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the month: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="106"/>
        <source>Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.
Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or Alt+Shift+Up/Down) moves the selection to the previous/next slot, Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day.</source>
        <translation>Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.
Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or Alt+Shift+Up/Down) moves the selection to the previous/next slot, Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="239"/>
        <source>The calendar could not be read: %1</source>
        <translation>The calendar could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="246"/>
        <source>The change was not saved: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="288"/>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="305"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n post this week</numerusform>
            <numerusform>%n posts this week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="312"/>
        <source>Marketing is %1% of this week&apos;s posts, above the %2% limit.</source>
        <translation>Marketing is %1% of this week&apos;s posts, above the %2% limit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="330"/>
        <source>⚠ %n conflict(s) this week (cards marked ⚠; hover for details):</source>
        <translation>
            <numerusform>⚠ %n conflict this week (cards marked ⚠; hover for details):</numerusform>
            <numerusform>⚠ %n conflicts this week (cards marked ⚠; hover for details):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="108"/>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="109"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="110"/>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="112"/>
        <source>Jump to the week of a date: type it (2027-01-01) and press Enter</source>
        <translation>Jump to the week of a date: type it (2027-01-01) and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="114"/>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="115"/>
        <source>New post…</source>
        <translation>New post…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="116"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="117"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="118"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="119"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="120"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="121"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="122"/>
        <source>Schedule week</source>
        <translation>Schedule week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="124"/>
        <source>Turn this week&apos;s planned posts into outbox deliveries, one per group</source>
        <translation>Turn this week&apos;s planned posts into outbox deliveries, one per group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="126"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="129"/>
        <source>Excel push table…</source>
        <translation>Excel push table…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="130"/>
        <source>CSV push table…</source>
        <translation>CSV push table…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="131"/>
        <source>iCalendar…</source>
        <translation>iCalendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="134"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="135"/>
        <source>Import a push table from Excel as planned posts</source>
        <translation>Import a push table from Excel as planned posts</translation>
    </message>
</context>
<context>
    <name>CampaignEntriesView</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="69"/>
        <source>Use it</source>
        <translation>Use it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="70"/>
        <source>Do not use</source>
        <translation>Do not use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="72"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="72"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="72"/>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="115"/>
        <source>Choose a campaign, or make a new one.</source>
        <translation>Choose a campaign, or make a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="117"/>
        <source>Nobody has taken part yet.</source>
        <translation>Nobody has taken part yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="120"/>
        <source>%1 members took part, %2 answered every question.</source>
        <translation>%1 members took part, %2 answered every question.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="126"/>
        <source>%1 entries, %2 chosen for use.</source>
        <translation>%1 entries, %2 chosen for use.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="130"/>
        <source>%1 members in the draw.</source>
        <translation>%1 members in the draw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="132"/>
        <source>Drawn on %1 with seed %2: %3 winners (in bold).</source>
        <translation>Drawn on %1 with seed %2: %3 winners (in bold).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="139"/>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="143"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="143"/>
        <source>Not used</source>
        <translation>Not used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="142"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="145"/>
        <source>Waiting for answers</source>
        <translation>Waiting for answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="147"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="148"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="104"/>
        <source>Survey (问卷)</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="105"/>
        <source>Lottery (抽奖)</source>
        <translation>Lottery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="106"/>
        <source>Collection (征集)</source>
        <translation>Collection (stories, photos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="110"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="153"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="111"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="144"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="112"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="145"/>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="113"/>
        <source>what members write to take part, e.g. 抽奖</source>
        <translation>what members write to take part, e.g. 抽奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="114"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="146"/>
        <source>Answer on entry</source>
        <translation>Answer on entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="115"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="148"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="118"/>
        <source>One question per line; options after |, e.g.
你最常点哪款？|拿铁|美式|手冲
还想喝到什么？</source>
        <translation>One question per line; options after |, e.g.
你最常点哪款？|拿铁|美式|手冲
还想喝到什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="123"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="151"/>
        <source>Answer when complete</source>
        <translation>Answer when complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="124"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="152"/>
        <source>Answer when unclear</source>
        <translation>Answer when unclear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="126"/>
        <source>{missing}: the questions not understood; {hint}: an example answer</source>
        <translation>{missing}: the questions not understood; {hint}: an example answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="128"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="149"/>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="129"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="147"/>
        <source>Message to winners</source>
        <translation>Message to winners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="130"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="150"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="131"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="132"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="135"/>
        <source>{name} is the member&apos;s name, {campaign} the campaign&apos;s. Members take part by writing the keyword at the start of a DM, by mail or Matrix.</source>
        <translation>{name} is the member&apos;s name, {campaign} the campaign&apos;s. Members take part by writing the keyword at the start of a DM, by mail or Matrix.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="156"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="157"/>
        <source>unknown variable</source>
        <translation>unknown variable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="158"/>
        <source>a { is not closed</source>
        <translation>a { is not closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="159"/>
        <source>a } without {</source>
        <translation>a } without {</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="160"/>
        <source>a placeholder that is not a variable</source>
        <translation>a placeholder that is not a variable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="161"/>
        <source>at least one</source>
        <translation>at least one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="162"/>
        <source>a survey needs at least one question</source>
        <translation>a survey needs at least one question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="163"/>
        <source>the end is not after the start</source>
        <translation>the end is not after the start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="165"/>
        <source>cannot change once members entered</source>
        <translation>cannot change once members entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="167"/>
        <source>members writing it would unsubscribe (退订, TD…)</source>
        <translation>members writing it would unsubscribe (退订, TD…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="171"/>
        <source>already used by %1</source>
        <translation>already used by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="201"/>
        <source>Congratulations {name}! You won in 「{campaign}」. We will be in touch.</source>
        <translation>Congratulations {name}! You won in 「{campaign}」. We will be in touch.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="205"/>
        <source>Thank you {name}! Please answer these questions:</source>
        <translation>Thank you {name}! Please answer these questions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="207"/>
        <source>Thank you {name}, we received your entry to 「{campaign}」!</source>
        <translation>Thank you {name}, we received your entry to 「{campaign}」!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="208"/>
        <source>{name}, you are in the draw of 「{campaign}」. Winners hear from us here.</source>
        <translation>{name}, you are in the draw of 「{campaign}」. Winners hear from us here.</translation>
    </message>
</context>
<context>
    <name>CampaignReminderBar</name>
    <message>
        <location filename="../../desktop/ui/groups/reminder_bar.py" line="36"/>
        <source>%1 campaign group(s) ended 3 or more days ago and should be archived: %2</source>
        <translation>%1 campaign group(s) ended 3 or more days ago and should be archived: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/reminder_bar.py" line="40"/>
        <source>Archive now</source>
        <translation>Archive now</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="134"/>
        <source>DM campaigns</source>
        <translation>DM campaigns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="135"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="136"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="137"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="138"/>
        <source>Draw winners…</source>
        <translation>Draw winners…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="139"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="140"/>
        <source>Send to a segment…</source>
        <translation>Send to a segment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="141"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="142"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="165"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="166"/>
        <source>Lottery</source>
        <translation>Lottery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="167"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="170"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="171"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="172"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="174"/>
        <source>%n taking part</source>
        <translation>
            <numerusform>%n taking part</numerusform>
            <numerusform>%n taking part</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="218"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="218"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="256"/>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="257"/>
        <source>Delete 「%1」 and the %2 entries members sent it?</source>
        <translation>Delete 「%1」 and the %2 entries members sent it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="275"/>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="289"/>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="295"/>
        <source>Draw winners</source>
        <translation>Draw winners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="277"/>
        <source>Draw %1 winners among the %2 members who entered 「%3」? The campaign ends, and each winner is told in their DM.</source>
        <translation>Draw %1 winners among the %2 members who entered 「%3」? The campaign ends, and each winner is told in their DM.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="296"/>
        <source>Winners: %1</source>
        <translation>Winners: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="306"/>
        <source>This lottery has been drawn already.</source>
        <translation>This lottery has been drawn already.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="307"/>
        <source>Nobody who entered can win yet.</source>
        <translation>Nobody who entered can win yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="325"/>
        <source>Export entries</source>
        <translation>Export entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="327"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="333"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="334"/>
        <source>Member ID</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="335"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="336"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="337"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="338"/>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="339"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
</context>
<context>
    <name>CannedRepliesPage</name>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="38"/>
        <source>Give the reply a shortcut without spaces, like refund.</source>
        <translation>Give the reply a shortcut without spaces, like refund.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="44"/>
        <source>Another canned reply already uses this shortcut.</source>
        <translation>Another canned reply already uses this shortcut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="52"/>
        <source>Variables you can use: %1</source>
        <translation>Variables you can use: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="114"/>
        <source>Shortcut:</source>
        <translation>Shortcut:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="115"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="116"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="117"/>
        <source>e.g. refund — typed as /refund</source>
        <translation>e.g. refund — typed as /refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="118"/>
        <source>Marketing reply (checks consent before sending)</source>
        <translation>Marketing reply (checks consent before sending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="120"/>
        <source>Variables filled from the member: %1</source>
        <translation>Variables filled from the member: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="121"/>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="122"/>
        <source>Save reply</source>
        <translation>Save reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="123"/>
        <source>Delete reply</source>
        <translation>Delete reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="171"/>
        <source>Canned reply saved.</source>
        <translation>Canned reply saved.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="73"/>
        <source>Someone saved this first</source>
        <translation>Someone saved this first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="80"/>
        <source>%1 saved a newer version while you were editing.</source>
        <translation>%1 saved a newer version while you were editing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="82"/>
        <source>A teammate saved a newer version while you were editing.</source>
        <translation>A teammate saved a newer version while you were editing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="89"/>
        <source>You both changed the highlighted fields: choose which value to keep for each. Changes only one of you made are already chosen.</source>
        <translation>You both changed the highlighted fields: choose which value to keep for each. Changes only one of you made are already chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="94"/>
        <source>Choose, field by field, what to keep.</source>
        <translation>Choose, field by field, what to keep.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <location filename="../../desktop/ui/compare_dialog.py" line="167"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="122"/>
        <source>Drop your changes; their copy stays as saved</source>
        <translation>Drop your changes; their copy stays as saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="125"/>
        <source>Your value wherever you changed something; their other changes stay</source>
        <translation>Your value wherever you changed something; their other changes stay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="155"/>
        <source>When you opened it: %1</source>
        <translation>When you opened it: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="166"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="183"/>
        <source>Only they changed it</source>
        <translation>Only they changed it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="185"/>
        <source>Only you changed it</source>
        <translation>Only you changed it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="187"/>
        <source>You both changed it: choose</source>
        <translation>You both changed it: choose</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/compare_dialog.py" line="199"/>
        <source>Choose theirs or mine for %n highlighted field(s) to save the merge.</source>
        <translation>
            <numerusform>Choose theirs or mine for %n highlighted field to save the merge.</numerusform>
            <numerusform>Choose theirs or mine for %n highlighted fields to save the merge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="260"/>
        <source>Saved. %2 had saved this meanwhile: their changes to %1 were kept together with yours.</source>
        <translation>Saved. %2 had saved this meanwhile: their changes to %1 were kept together with yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="268"/>
        <source>Saved. A teammate had saved this meanwhile: their changes to %1 were kept together with yours.</source>
        <translation>Saved. A teammate had saved this meanwhile: their changes to %1 were kept together with yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="274"/>
        <source>Saved. %1 had saved this meanwhile, without touching what you changed: both are kept.</source>
        <translation>Saved. %1 had saved this meanwhile, without touching what you changed: both are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="278"/>
        <source>Saved. A teammate had saved this meanwhile, without touching what you changed: both are kept.</source>
        <translation>Saved. A teammate had saved this meanwhile, without touching what you changed: both are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="121"/>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="123"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="127"/>
        <source>Save the merge</source>
        <translation>Save the merge</translation>
    </message>
</context>
<context>
    <name>CompareValues</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="286"/>
        <location filename="../../desktop/ui/compare_values.py" line="72"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="59"/>
        <source>Weekly on %1 until %2</source>
        <translation>Weekly on %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="77"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="80"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="82"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="97"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="45"/>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="100"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="47"/>
        <source>The database {path} was written by a newer version of Shequn Desk. Please update the app. The file was not changed.</source>
        <translation>The database {path} was written by a newer version of Shequn Desk. Please update the app. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="53"/>
        <source>The database {path} is damaged or is not a Shequn Desk database. The file was not changed.</source>
        <translation>The database {path} is damaged or is not a Shequn Desk database. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="62"/>
        <source>Open a backup…</source>
        <translation>Open a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="67"/>
        <source>Start a new workspace</source>
        <translation>Start a new workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="72"/>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="114"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="83"/>
        <source>Open a backup</source>
        <translation>Open a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="84"/>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="102"/>
        <source>The team database could not be reached, so nothing was opened or changed. Check the network or ask whoever runs the database server, then try again.</source>
        <translation>The team database could not be reached, so nothing was opened or changed. Check the network or ask whoever runs the database server, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="110"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>DelayTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="37"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="40"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="43"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="46"/>
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…and %n more problem</numerusform>
            <numerusform>…and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteRequestsDialog</name>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="46"/>
        <source>Deletion requests</source>
        <translation>Deletion requests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="53"/>
        <source>Members asked on their pages to have their data deleted. Confirming erases the member for good; the audit log records who confirmed.</source>
        <translation>Members asked on their pages to have their data deleted. Confirming erases the member for good; the audit log records who confirmed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="59"/>
        <source>No requests are waiting.</source>
        <translation>No requests are waiting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="61"/>
        <source>Erase member…</source>
        <translation>Erase member…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="62"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="106"/>
        <source>Erase member</source>
        <translation>Erase member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="107"/>
        <source>Erase %1 now? This cannot be undone.</source>
        <translation>Erase %1 now? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="130"/>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="63"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="64"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>EmailAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="176"/>
        <source>Edit email account</source>
        <translation>Edit email account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="176"/>
        <source>Add email account</source>
        <translation>Add email account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="179"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="180"/>
        <source>From address:</source>
        <translation>From address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="181"/>
        <source>From name:</source>
        <translation>From name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="182"/>
        <source>SMTP server:</source>
        <translation>SMTP server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="183"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="184"/>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="185"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="186"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="191"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="192"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="193"/>
        <source>None (local relay only)</source>
        <translation>None (local relay only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="197"/>
        <source>e.g. Club newsletter</source>
        <translation>e.g. Club newsletter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="201"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leave empty to keep the saved password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="203"/>
        <source>Stored in the system keyring, never in the database</source>
        <translation>Stored in the system keyring, never in the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="204"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="263"/>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="264"/>
        <source>Enter the address mail is sent from, like club@example.org.</source>
        <translation>Enter the address mail is sent from, like club@example.org.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="265"/>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation>Enter the SMTP server&apos;s host name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="266"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="289"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="301"/>
        <source>Connection works.</source>
        <translation>Connection works.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="306"/>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="343"/>
        <source>Please fix: %1</source>
        <translation>Please fix: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="347"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="55"/>
        <source>Erase member</source>
        <translation>Erase member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="58"/>
        <source>This removes %1&apos;s name, contacts, birthday, notes, tags, consent and the texts of their messages for good. Group and campaign counts keep them as an anonymous member. Type the member&apos;s name to confirm.</source>
        <translation>This removes %1&apos;s name, contacts, birthday, notes, tags, consent and the texts of their messages for good. Group and campaign counts keep them as an anonymous member. Type the member&apos;s name to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="64"/>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="87"/>
        <source>The member was not erased: %1</source>
        <translation>The member was not erased: %1</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="78"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="80"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="81"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="82"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="83"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="87"/>
        <source>Compare A/B variants</source>
        <translation>Compare A/B variants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="90"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="91"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="92"/>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="182"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="93"/>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="183"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="94"/>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="184"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="95"/>
        <source>Median time from previous</source>
        <translation>Median time from previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="98"/>
        <source>Welcome funnel</source>
        <translation>Welcome funnel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="101"/>
        <source>No data yet: once members join and receive the first step, each step&apos;s reached and completed counts appear here.</source>
        <translation>No data yet: once members join and receive the first step, each step&apos;s reached and completed counts appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="145"/>
        <source>Could not count the funnel: %1</source>
        <translation>Could not count the funnel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="151"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="153"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="154"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <location filename="../../desktop/ui/calendar/group_filter.py" line="36"/>
        <location filename="../../desktop/ui/calendar/group_filter.py" line="44"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="307"/>
        <source>A short-term campaign group needs an end date.</source>
        <translation>A short-term campaign group needs an end date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="311"/>
        <source>Fix the marked fields to save the group.</source>
        <translation>Fix the marked fields to save the group.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="326"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="326"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="352"/>
        <source>Platform limit (%1)</source>
        <translation>Platform limit (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="366"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="369"/>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="370"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="371"/>
        <source>Positioning</source>
        <translation>Positioning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="372"/>
        <source>Rules and messages</source>
        <translation>Rules and messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="373"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="374"/>
        <source>Characters as members see them</source>
        <translation>Characters as members see them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="375"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="376"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="377"/>
        <source>Campaign ends</source>
        <translation>Campaign ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="378"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="378"/>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="379"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="380"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="382"/>
        <source>Lower the cap for this group, e.g. 150 for a small high-quality group</source>
        <translation>Lower the cap for this group, e.g. 150 for a small high-quality group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="384"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="385"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="386"/>
        <source>Planned actions</source>
        <translation>Planned actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="387"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="388"/>
        <source>Red lines</source>
        <translation>Red lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="389"/>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="390"/>
        <source>Welcome message</source>
        <translation>Welcome message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="391"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="392"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="409"/>
        <source>e.g. morning greeting, weekly tips</source>
        <translation>e.g. morning greeting, weekly tips</translation>
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="22"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="23"/>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="24"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="25"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="26"/>
        <source>Email list</source>
        <translation>Email list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="27"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="34"/>
        <location filename="../../desktop/ui/groups/labels.py" line="155"/>
        <source>Short-term campaign</source>
        <translation>Short-term campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="35"/>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="42"/>
        <location filename="../../desktop/ui/groups/labels.py" line="43"/>
        <source>Above %1</source>
        <translation>Above %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="44"/>
        <source>Full (%1)</source>
        <translation>Full (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="57"/>
        <source>%1 members: the group has reached its cap of %2 and nobody else can join. Open a sibling group or a sub-community.</source>
        <translation>%1 members: the group has reached its cap of %2 and nobody else can join. Open a sibling group or a sub-community.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="63"/>
        <source>%1 members: above the recommended %3. Consider a sibling group or a sub-community before it reaches the cap of %2.</source>
        <translation>%1 members: above the recommended %3. Consider a sibling group or a sub-community before it reaches the cap of %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="69"/>
        <source>%1 members: above %4, the size where everyone still knows each other; fine, but no longer a small high-quality group.</source>
        <translation>%1 members: above %4, the size where everyone still knows each other; fine, but no longer a small high-quality group.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="88"/>
        <source>Enter a group name.</source>
        <translation>Enter a group name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="91"/>
        <source>The name must contain the brand keyword “%1”.</source>
        <translation>The name must contain the brand keyword “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="97"/>
        <source>At most %1 characters; this name has %2.</source>
        <translation>At most %1 characters; this name has %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="110"/>
        <source>%1 emoji: keep it to %2 or fewer so the name stays easy to read.</source>
        <translation>%1 emoji: keep it to %2 or fewer so the name stays easy to read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="120"/>
        <source>Must contain “%1”, at most %2 characters (emoji count as one, keep them few). Add a number or place to tell sibling groups apart, e.g. “%1·Beijing 02”.</source>
        <translation>Must contain “%1”, at most %2 characters (emoji count as one, keep them few). Add a number or place to tell sibling groups apart, e.g. “%1·Beijing 02”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="126"/>
        <source>At most %2 characters. Set the brand keyword in Settings so every group name is checked for it.</source>
        <translation>At most %2 characters. Set the brand keyword in Settings so every group name is checked for it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="135"/>
        <source>e.g. %1·Beijing 01</source>
        <translation>e.g. %1·Beijing 01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="136"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="141"/>
        <source>The campaign ended more than %1 days ago: archive the group. Its members stay reachable as contacts.</source>
        <translation>The campaign ended more than %1 days ago: archive the group. Its members stay reachable as contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="151"/>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="152"/>
        <source>After-sales service</source>
        <translation>After-sales service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="153"/>
        <source>Sales conversion</source>
        <translation>Sales conversion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="154"/>
        <source>Interest exchange</source>
        <translation>Interest exchange</translation>
    </message>
</context>
<context>
    <name>GroupOpsDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="53"/>
        <source>%1 — operations</source>
        <translation>%1 — operations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="54"/>
        <source>Staffing and moderation</source>
        <translation>Staffing and moderation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="55"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="56"/>
        <source>Retrospective</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="57"/>
        <source>Announcement and welcome</source>
        <translation>Announcement and welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="58"/>
        <source>Matrix room</source>
        <translation>Matrix room</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="59"/>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="61"/>
        <source>Group robot</source>
        <translation>Group robot</translation>
    </message>
</context>
<context>
    <name>GroupPickDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar/group_pick.py" line="31"/>
        <source>Send to which groups?</source>
        <translation>Send to which groups?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/group_pick.py" line="33"/>
        <source>Plan %n post(s) for these groups:</source>
        <translation>
            <numerusform>Plan %n post for these groups:</numerusform>
            <numerusform>Plan %n posts for these groups:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/group_pick.py" line="76"/>
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>No target group is checked: the post will not be sent anywhere.</translation>
    </message>
</context>
<context>
    <name>GroupRobotPanel</name>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="29"/>
        <source>Calendar posts for this group go out through its robot, formatted for the robot&apos;s platform. One robot per group.</source>
        <translation>Calendar posts for this group go out through its robot, formatted for the robot&apos;s platform. One robot per group.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="36"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="61"/>
        <source>(no robot)</source>
        <translation>(no robot)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="70"/>
        <source>%1 posts wait. %2</source>
        <translation>%1 posts wait. %2</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="88"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="89"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="90"/>
        <source>Campaign ends</source>
        <translation>Campaign ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="91"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="92"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="130"/>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>GroupsLive</name>
    <message>
        <location filename="../../desktop/ui/groups/live.py" line="81"/>
        <source>Could not read the groups: %1</source>
        <translation>Could not read the groups: %1</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="254"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="368"/>
        <source>Groups: %1</source>
        <translation>Groups: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="371"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="372"/>
        <source>Create a group (Ctrl+N)</source>
        <translation>Create a group (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="373"/>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="374"/>
        <source>Series…</source>
        <translation>Series…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="375"/>
        <source>Create several groups from a name pattern</source>
        <translation>Create several groups from a name pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="376"/>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="378"/>
        <source>Open a sibling or a sub-community and move members into it</source>
        <translation>Open a sibling or a sub-community and move members into it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="380"/>
        <source>Operations…</source>
        <translation>Operations…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="381"/>
        <source>Staffing, moderation, SOP and retrospective</source>
        <translation>Staffing, moderation, SOP and retrospective</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="382"/>
        <source>Policy…</source>
        <translation>Policy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="383"/>
        <source>Automatic archiving and the moderation ladder</source>
        <translation>Automatic archiving and the moderation ladder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="386"/>
        <source>No groups yet. A group is one chat or community you run: add one with New group (Ctrl+N), or several at once with Series…</source>
        <translation>No groups yet. A group is one chat or community you run: add one with New group (Ctrl+N), or several at once with Series…</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="48"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="54"/>
        <source>Send marketing on holidays as usual</source>
        <translation>Send marketing on holidays as usual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="57"/>
        <source>Marketing waits for the next ordinary day</source>
        <translation>Marketing waits for the next ordinary day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="80"/>
        <location filename="../../desktop/ui/holidays_dialog.py" line="160"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="81"/>
        <source>Make-up workday (调休)</source>
        <translation>Make-up workday (调休)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="82"/>
        <source>Ordinary day</source>
        <translation>Ordinary day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="84"/>
        <source>Name (optional), e.g. 店庆</source>
        <translation>Name (optional), e.g. 店庆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="85"/>
        <source>Set for this date</source>
        <translation>Set for this date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="87"/>
        <source>Undo my change</source>
        <translation>Undo my change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="93"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="106"/>
        <source>Correct one date (wins over the official data):</source>
        <translation>Correct one date (wins over the official data):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="133"/>
        <source>%1 is computed by rule (按规则推算，待国务院公布): the official dates and make-up workdays are not announced yet. Correct any date below.</source>
        <translation>%1 is computed by rule (按规则推算，待国务院公布): the official dates and make-up workdays are not announced yet. Correct any date below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="138"/>
        <source>Official dates announced by the State Council.</source>
        <translation>Official dates announced by the State Council.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="140"/>
        <source>Public holidays of %1.</source>
        <translation>Public holidays of %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="157"/>
        <source>No holidays known for this year: add them below.</source>
        <translation>No holidays known for this year: add them below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="160"/>
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="164"/>
        <source>Set by you</source>
        <translation>Set by you</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="166"/>
        <source>By rule, provisional</source>
        <translation>By rule, provisional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="167"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="191"/>
        <source>Saved for %1.</source>
        <translation>Saved for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="200"/>
        <source>Back to the calendar&apos;s own data for %1.</source>
        <translation>Back to the calendar&apos;s own data for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="209"/>
        <source>Holiday rule saved.</source>
        <translation>Holiday rule saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="223"/>
        <source>The name is too long (at most 40 characters).</source>
        <translation>The name is too long (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="225"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>ImapSection</name>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="84"/>
        <source>Receive mail (IMAP)</source>
        <translation>Receive mail (IMAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="85"/>
        <source>Read this mailbox into the inbox</source>
        <translation>Read this mailbox into the inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="87"/>
        <source>IMAP server:</source>
        <translation>IMAP server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="88"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="89"/>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="90"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="91"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="96"/>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (port 993)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="97"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="98"/>
        <source>None (trusted network only, port 143)</source>
        <translation>None (trusted network only, port 143)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="103"/>
        <source>Same as the SMTP user name</source>
        <translation>Same as the SMTP user name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="105"/>
        <source>Leave empty to keep the saved one (or use the SMTP password)</source>
        <translation>Leave empty to keep the saved one (or use the SMTP password)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="107"/>
        <source>Leave empty to use the SMTP password</source>
        <translation>Leave empty to use the SMTP password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="109"/>
        <source>Stored in the system keyring, never in the database</source>
        <translation>Stored in the system keyring, never in the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="168"/>
        <source>Enter the IMAP server&apos;s host name.</source>
        <translation>Enter the IMAP server&apos;s host name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="169"/>
        <source>The IMAP port must be between 1 and 65535.</source>
        <translation>The IMAP port must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="170"/>
        <source>Enter the IMAP user name (or the SMTP one).</source>
        <translation>Enter the IMAP user name (or the SMTP one).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="135"/>
        <location filename="../../desktop/ui/members/import_dialog.py" line="368"/>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="135"/>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tables (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="235"/>
        <source>Imported %1 new members, merged %2, skipped %3; %4 rows refused.</source>
        <translation>Imported %1 new members, merged %2, skipped %3; %4 rows refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="246"/>
        <location filename="../../desktop/ui/members/import_dialog.py" line="282"/>
        <source>This did not work: %1</source>
        <translation>This did not work: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="252"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="254"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="274"/>
        <location filename="../../desktop/ui/members/import_dialog.py" line="372"/>
        <source>(from the file, or none)</source>
        <translation>(from the file, or none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="301"/>
        <source>%1 (encoding: %2)</source>
        <translation>%1 (encoding: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="311"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="311"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="311"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="328"/>
        <source>%1 rows: %2 new, %3 to merge, %4 duplicates to skip, %5 refused.</source>
        <translation>%1 rows: %2 new, %3 to merge, %4 duplicates to skip, %5 refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="337"/>
        <source>Refused rows are not imported. Save them, fix them and import again.</source>
        <translation>Refused rows are not imported. Save them, fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="345"/>
        <source>Options changed: check the file again.</source>
        <translation>Options changed: check the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="350"/>
        <source>Save refused rows</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="350"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="354"/>
        <source>%1 refused rows saved.</source>
        <translation>%1 refused rows saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="365"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="365"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="370"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="374"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="376"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="376"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="376"/>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="378"/>
        <source>Known email, phone or WeChat ID</source>
        <translation>Known email, phone or WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="379"/>
        <source>Merge into the existing member</source>
        <translation>Merge into the existing member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="380"/>
        <source>Skip the row</source>
        <translation>Skip the row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="381"/>
        <source>Add everyone to group</source>
        <translation>Add everyone to group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="382"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="383"/>
        <source>Save refused rows…</source>
        <translation>Save refused rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="384"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="18"/>
        <source>(ignore this column)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="21"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="22"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="23"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="24"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="25"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="26"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="27"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="28"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="34"/>
        <source>name is empty</source>
        <translation>name is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="35"/>
        <source>not a valid email address: %1</source>
        <translation>not a valid email address: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="38"/>
        <source>not a valid phone number: %1</source>
        <translation>not a valid phone number: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="41"/>
        <source>not a date (use YYYY-MM-DD): %1</source>
        <translation>not a date (use YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="44"/>
        <source>no group named %1</source>
        <translation>no group named %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="51"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="52"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="53"/>
        <source>Skip (duplicate)</source>
        <translation>Skip (duplicate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="54"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="16"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="17"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="18"/>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="19"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="25"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="26"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="27"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="33"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="34"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="35"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="36"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="37"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="38"/>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="39"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="48"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="49"/>
        <source>Service messages</source>
        <translation>Service messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="50"/>
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="59"/>
        <source>all channels</source>
        <translation>all channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="66"/>
        <source>wrote to the inbox first</source>
        <translation>wrote to the inbox first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="67"/>
        <source>first seen in Matrix</source>
        <translation>first seen in Matrix</translation>
    </message>
</context>
<context>
    <name>InboxMemberPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="40"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="42"/>
        <source>Groups: %1</source>
        <translation>Groups: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="44"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="46"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="46"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="48"/>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="57"/>
        <source>Welcome: %1, step %2 of %3 (%4)</source>
        <translation>Welcome: %1, step %2 of %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="65"/>
        <source>winner</source>
        <translation>winner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="67"/>
        <source>Campaign: %1 — %2</source>
        <translation>Campaign: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="70"/>
        <source>Last posts received</source>
        <translation>Last posts received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="77"/>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="78"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="79"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="80"/>
        <source>could not start</source>
        <translation>could not start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="81"/>
        <source>locked: wrong codes</source>
        <translation>locked: wrong codes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="82"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="87"/>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="88"/>
        <source>answers awaited</source>
        <translation>answers awaited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="89"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
</context>
<context>
    <name>InboxSearch</name>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="41"/>
        <source>Search all messages (Ctrl+F)</source>
        <translation>Search all messages (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="73"/>
        <source>No messages found. Search looks through every message&apos;s text and the members&apos; names; try fewer or other words.</source>
        <translation>No messages found. Search looks through every message&apos;s text and the members&apos; names; try fewer or other words.</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="185"/>
        <source>Inbox settings</source>
        <translation>Inbox settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187"/>
        <source>Reply times</source>
        <translation>Reply times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187"/>
        <source>Banned words</source>
        <translation>Banned words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187"/>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="190"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="192"/>
        <source>First response within:</source>
        <translation>First response within:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="193"/>
        <source>Resolve within:</source>
        <translation>Resolve within:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="194"/>
        <source>Warn this many minutes before:</source>
        <translation>Warn this many minutes before:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="195"/>
        <source>Working hours start:</source>
        <translation>Working hours start:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="196"/>
        <source>Working hours end:</source>
        <translation>Working hours end:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="197"/>
        <source>Working days:</source>
        <translation>Working days:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="202"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="203"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="204"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="205"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="206"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="207"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="208"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="213"/>
        <source>Reply times count working time only, in the time zone %1.</source>
        <translation>Reply times count working time only, in the time zone %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="219"/>
        <source>One word or phrase per line. A reply containing one shows a warning before it is sent.</source>
        <translation>One word or phrase per line. A reply containing one shows a warning before it is sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="223"/>
        <source>Restore the default list</source>
        <translation>Restore the default list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="224"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="224"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="225"/>
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="226"/>
        <source>Choose colour…</source>
        <translation>Choose colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="227"/>
        <source>Remove label</source>
        <translation>Remove label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="317"/>
        <source>Choose at least one working day.</source>
        <translation>Choose at least one working day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="319"/>
        <source>Working hours must end after they start.</source>
        <translation>Working hours must end after they start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="321"/>
        <source>Reply times must be longer than zero.</source>
        <translation>Reply times must be longer than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="329"/>
        <source>Every label needs a name of at most 40 characters.</source>
        <translation>Every label needs a name of at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="330"/>
        <source>Two labels have the same name.</source>
        <translation>Two labels have the same name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="331"/>
        <source>A colour must look like #3366cc.</source>
        <translation>A colour must look like #3366cc.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="58"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="60"/>
        <source>All conversations</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="62"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="63"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="64"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="65"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="71"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="72"/>
        <source>Longest waiting</source>
        <translation>Longest waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="73"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="78"/>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="85"/>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="46"/>
        <source>WeChat…</source>
        <translation>WeChat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="48"/>
        <source>微信客服: accounts, welcome text, contact links</source>
        <translation>微信客服: accounts, welcome text, contact links</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="169"/>
        <source>Could not read the inbox: %1</source>
        <translation>Could not read the inbox: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="172"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="43"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="44"/>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="45"/>
        <source>Campaigns…</source>
        <translation>Campaigns…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="53"/>
        <source>Surveys, lotteries and collections members join by writing a keyword</source>
        <translation>Surveys, lotteries and collections members join by writing a keyword</translation>
    </message>
</context>
<context>
    <name>JoinQrBox</name>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="66"/>
        <source>Paste the link that lets someone join (https://… or a matrix.to link).</source>
        <translation>Paste the link that lets someone join (https://… or a matrix.to link).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="92"/>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="95"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="99"/>
        <source>Save QR code</source>
        <translation>Save QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="99"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="116"/>
        <source>Join QR code</source>
        <translation>Join QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="118"/>
        <source>The link to join (a Matrix room&apos;s, an invite address)</source>
        <translation>The link to join (a Matrix room&apos;s, an invite address)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="120"/>
        <source>Make QR code</source>
        <translation>Make QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="121"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="121"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="122"/>
        <source>Ctrl+Up; or drag the step</source>
        <translation>Ctrl+Up; or drag the step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="123"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="124"/>
        <source>Ctrl+Down; or drag the step</source>
        <translation>Ctrl+Down; or drag the step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="125"/>
        <source>Switch on/off</source>
        <translation>Switch on/off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="126"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="127"/>
        <source>Attach to groups…</source>
        <translation>Attach to groups…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="128"/>
        <source>Verification replies…</source>
        <translation>Verification replies…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="130"/>
        <source>The automatic answers to a code: right, wrong, locked, expired</source>
        <translation>The automatic answers to a code: right, wrong, locked, expired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="193"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>KeyringNote</name>
    <message>
        <location filename="../../desktop/ui/accounts/keyring_note.py" line="21"/>
        <source>To keep them, install or unlock a system keyring (for example GNOME Keyring or KWallet) and restart the app.</source>
        <translation>To keep them, install or unlock a system keyring (for example GNOME Keyring or KWallet) and restart the app.</translation>
    </message>
</context>
<context>
    <name>KfBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="32"/>
        <source>The WeChat user has not written yet.</source>
        <translation>The WeChat user has not written yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="35"/>
        <source>More than 48 hours have passed since the user&apos;s last message.</source>
        <translation>More than 48 hours have passed since the user&apos;s last message.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="38"/>
        <source>All 5 messages allowed since the user&apos;s last message are used.</source>
        <translation>All 5 messages allowed since the user&apos;s last message are used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="41"/>
        <source>The session is with reception staff or has ended: WeCom lets the app send only to sessions that are unhandled or with the assistant.</source>
        <translation>The session is with reception staff or has ended: WeCom lets the app send only to sessions that are unhandled or with the assistant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="50"/>
        <source>Nothing can be sent until the user writes again — not even a canned “please message us again”.</source>
        <translation>Nothing can be sent until the user writes again — not even a canned “please message us again”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="60"/>
        <source>Reply window closed. %1</source>
        <translation>Reply window closed. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="66"/>
        <source>Reply window: %1 h %2 min left · %3 of 5 messages left</source>
        <translation>Reply window: %1 h %2 min left · %3 of 5 messages left</translation>
    </message>
</context>
<context>
    <name>KfSessionBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="119"/>
        <source>Hand to reception staff (人工接待)</source>
        <translation>Hand to reception staff (人工接待)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="120"/>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="124"/>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="152"/>
        <source>WeChat user: %1</source>
        <translation>WeChat user: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="195"/>
        <source>Hand to reception staff</source>
        <translation>Hand to reception staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="196"/>
        <source>WeCom user ID of the reception staff member (they must be on duty):</source>
        <translation>WeCom user ID of the reception staff member (they must be on duty):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="202"/>
        <source>Handed to %1.</source>
        <translation>Handed to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="214"/>
        <source>Session ended; closing words sent.</source>
        <translation>Session ended; closing words sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="216"/>
        <source>Session ended.</source>
        <translation>Session ended.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="228"/>
        <source>WeCom refused: %1</source>
        <translation>WeCom refused: %1</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../desktop/ui/common/lazy_tab.py" line="27"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
</context>
<context>
    <name>LifecycleView</name>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="321"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="321"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="347"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="321"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="339"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <location filename="../../desktop/ui/live_bridge.py" line="113"/>
        <source>Live updates interrupted: checking every second, reconnecting…</source>
        <translation>Live updates interrupted: checking every second, reconnecting…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window_live.py" line="78"/>
        <source>%1 took over your conversation “%2”.</source>
        <translation>%1 took over your conversation “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="41"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>Shequn Desk</source>
        <translation>Shequn Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="46"/>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="50"/>
        <source>team database</source>
        <translation>team database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="52"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>Shequn Desk — %1</source>
        <translation>Shequn Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>Welcome templates</source>
        <translation>Welcome templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="98"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="99"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="100"/>
        <source>Team database…</source>
        <translation>Team database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="101"/>
        <source>Teammates…</source>
        <translation>Teammates…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="103"/>
        <source>Deletion requests…</source>
        <translation>Deletion requests…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="106"/>
        <source>Remove demo workspace…</source>
        <translation>Remove demo workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="109"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="110"/>
        <source>&amp;About Shequn Desk</source>
        <translation>&amp;About Shequn Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="111"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>Remove demo workspace</source>
        <translation>Remove demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>Delete all demo groups, members, posts, journeys and conversations?</source>
        <translation>Delete all demo groups, members, posts, journeys and conversations?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>About Shequn Desk</source>
        <translation>About Shequn Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="380"/>
        <source>Shequn Desk %1 — a workbench for community operators.
Data folder: %2</source>
        <translation>Shequn Desk %1 — a workbench for community operators.
Data folder: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_operator.py" line="88"/>
        <source>Who uses this computer? Choose…</source>
        <translation>Who uses this computer? Choose…</translation>
    </message>
</context>
<context>
    <name>ManualTodoPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="109"/>
        <source>Posted by:</source>
        <translation>Posted by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="110"/>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="112"/>
        <source>Put the text (and the post&apos;s image) on the clipboard to paste in WeChat</source>
        <translation>Put the text (and the post&apos;s image) on the clipboard to paste in WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="114"/>
        <source>Mark as posted</source>
        <translation>Mark as posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="115"/>
        <source>Nothing to post by hand right now.</source>
        <translation>Nothing to post by hand right now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="153"/>
        <source>(no operator)</source>
        <translation>(no operator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="183"/>
        <source>Could not read the to-do list: %1</source>
        <translation>Could not read the to-do list: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="200"/>
        <source>Image: %1 (copied with the text)</source>
        <translation>Image: %1 (copied with the text)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="219"/>
        <source>Copied. Paste it into %1, then mark it as posted.</source>
        <translation>Copied. Paste it into %1, then mark it as posted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="220"/>
        <source>the group</source>
        <translation>the group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="234"/>
        <source>Marked as posted by %1.</source>
        <translation>Marked as posted by %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="237"/>
        <source>Already done or cancelled elsewhere.</source>
        <translation>Already done or cancelled elsewhere.</translation>
    </message>
</context>
<context>
    <name>MatrixAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="107"/>
        <source>Matrix account</source>
        <translation>Matrix account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="109"/>
        <source>Homeserver URL</source>
        <translation>Homeserver URL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="110"/>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="111"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="112"/>
        <source>or access token</source>
        <translation>or access token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="115"/>
        <source>The password is used once to sign in and is not kept; the access token goes to the system keyring. Leave both empty to keep the current sign-in.</source>
        <translation>The password is used once to sign in and is not kept; the access token goes to the system keyring. Leave both empty to keep the current sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="153"/>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="173"/>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="175"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>MatrixRoomPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="122"/>
        <source>Link to selected room</source>
        <translation>Link to selected room</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="127"/>
        <source>Create a room from this group</source>
        <translation>Create a room from this group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="128"/>
        <source>Sync members now</source>
        <translation>Sync members now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="129"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="121"/>
        <source>Show rooms and invitations</source>
        <translation>Show rooms and invitations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="123"/>
        <source>Decline invitation</source>
        <translation>Decline invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="125"/>
        <source>Leave the room without joining it; the inviter sees the invitation declined.</source>
        <translation>Leave the room without joining it; the inviter sees the invitation declined.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="132"/>
        <source>Press “Show rooms and invitations” to choose one of the account&apos;s rooms for this group (rooms it was invited to are joined only when you link one), or create a new room named after the group (its positioning becomes the topic and its announcement the pinned first message).</source>
        <translation>Press “Show rooms and invitations” to choose one of the account&apos;s rooms for this group (rooms it was invited to are joined only when you link one), or create a new room named after the group (its positioning becomes the topic and its announcement the pinned first message).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="140"/>
        <source>No Matrix account yet: add one under Sending → Channel accounts, then link this group to one of its rooms or create a room for it.</source>
        <translation>No Matrix account yet: add one under Sending → Channel accounts, then link this group to one of its rooms or create a room for it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="157"/>
        <source>This group is not linked to a Matrix room.</source>
        <translation>This group is not linked to a Matrix room.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="161"/>
        <source>Linked to the room “%1” (%2) · %3 people in the room</source>
        <translation>Linked to the room “%1” (%2) · %3 people in the room</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="169"/>
        <source>This room turned on end-to-end encryption: Shequn Desk can no longer post or read there. Link an unencrypted room.</source>
        <translation>This room turned on end-to-end encryption: Shequn Desk can no longer post or read there. Link an unencrypted room.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="226"/>
        <source>Reading the account&apos;s rooms…</source>
        <translation>Reading the account&apos;s rooms…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="238"/>
        <source>%1 · %2 people</source>
        <translation>%1 · %2 people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="242"/>
        <source>linked to %1</source>
        <translation>linked to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="249"/>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="273"/>
        <source>encrypted: not supported</source>
        <translation>encrypted: not supported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="252"/>
        <source>End-to-end encrypted rooms cannot be read or posted to by Shequn Desk; use an unencrypted room.</source>
        <translation>End-to-end encrypted rooms cannot be read or posted to by Shequn Desk; use an unencrypted room.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="259"/>
        <source>The account has not joined any group room.</source>
        <translation>The account has not joined any group room.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="264"/>
        <source>Invitation: %1 — from %2</source>
        <translation>Invitation: %1 — from %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="267"/>
        <source>Invitation: %1</source>
        <translation>Invitation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="302"/>
        <source>Joining the room, then linking and reading its members…</source>
        <translation>Joining the room, then linking and reading its members…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="304"/>
        <source>Linking and reading the room&apos;s members…</source>
        <translation>Linking and reading the room&apos;s members…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="319"/>
        <source>Declined the invitation to “%1”.</source>
        <translation>Declined the invitation to “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="327"/>
        <source>Declining the invitation…</source>
        <translation>Declining the invitation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="337"/>
        <source>Creating the room…</source>
        <translation>Creating the room…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="344"/>
        <source>Reading the room&apos;s members…</source>
        <translation>Reading the room&apos;s members…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="350"/>
        <source>%1 joined, %2 left; %3 members now.</source>
        <translation>%1 joined, %2 left; %3 members now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="360"/>
        <source>Unlinking…</source>
        <translation>Unlinking…</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="71"/>
        <source>%1, search “%2”</source>
        <translation>%1, search “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="102"/>
        <source>%1 messages queued; %2 members have no email address.</source>
        <translation>%1 messages queued; %2 members have no email address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="82"/>
        <source>%1 members exported to %2.</source>
        <translation>%1 members exported to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="86"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="94"/>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="96"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="17"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="18"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="19"/>
        <source>Onboarded</source>
        <translation>Onboarded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="20"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="21"/>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="22"/>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="29"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="30"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="31"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="32"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="39"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="40"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="41"/>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="42"/>
        <source>Atmosphere crew</source>
        <translation>Atmosphere crew</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="43"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="51"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="53"/>
        <source>Another member already uses this email address.</source>
        <translation>Another member already uses this email address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="57"/>
        <source>This is not a valid email address, e.g. name@example.com.</source>
        <translation>This is not a valid email address, e.g. name@example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="61"/>
        <source>Another member already has this phone number.</source>
        <translation>Another member already has this phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="65"/>
        <source>This is not a valid phone number: digits, spaces, - and a leading +.</source>
        <translation>This is not a valid phone number: digits, spaces, - and a leading +.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="68"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="73"/>
        <source>Joined a group</source>
        <translation>Joined a group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="74"/>
        <source>Left a group</source>
        <translation>Left a group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="75"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="76"/>
        <source>DM from the member</source>
        <translation>DM from the member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="77"/>
        <source>DM to the member</source>
        <translation>DM to the member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="78"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="79"/>
        <source>Welcome journey</source>
        <translation>Welcome journey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="80"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="81"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="90"/>
        <source>Activity %1 / 100: each interaction counts 10 points in the last 7 days, 5 in the last 30 days and 2 in the last 90 days (at most 100). Updated every hour.</source>
        <translation>Activity %1 / 100: each interaction counts 10 points in the last 7 days, 5 in the last 30 days and 2 in the last 90 days (at most 100). Updated every hour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="96"/>
        <source>Lifecycle: silent after %1 days without an interaction, churned after %2 days (see Rules…).</source>
        <translation>Lifecycle: silent after %1 days without an interaction, churned after %2 days (see Rules…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="105"/>
        <source>Last interaction: none yet</source>
        <translation>Last interaction: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="108"/>
        <source>Last interaction: %1</source>
        <translation>Last interaction: %1</translation>
    </message>
</context>
<context>
    <name>MemberProfilePanel</name>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="217"/>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="260"/>
        <source>Fix the marked fields to save the member.</source>
        <translation>Fix the marked fields to save the member.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="283"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="286"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="289"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="290"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="291"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="292"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="293"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="294"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="295"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="296"/>
        <source>DM frequency</source>
        <translation>DM frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="297"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="302"/>
        <source>Separate with commas, e.g. latte art, pour-over</source>
        <translation>Separate with commas, e.g. latte art, pour-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="304"/>
        <source>e.g. store QR code, friend referral</source>
        <translation>e.g. store QR code, friend referral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="305"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="305"/>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="306"/>
        <source>How often the member agreed to receive DMs</source>
        <translation>How often the member agreed to receive DMs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="310"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="313"/>
        <source>Activity score</source>
        <translation>Activity score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="314"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="315"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="315"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="316"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="317"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>MemberStatsDialog</name>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="101"/>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="144"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="159"/>
        <source>Could not count: %1</source>
        <translation>Could not count: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="163"/>
        <source>Member statistics</source>
        <translation>Member statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="164"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="165"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="169"/>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="171"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_dialog.py" line="174"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last %n week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="175"/>
        <source>Weekly activity</source>
        <translation>Weekly activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="176"/>
        <source>Retention by join week</source>
        <translation>Retention by join week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="177"/>
        <source>Lifecycle now</source>
        <translation>Lifecycle now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="188"/>
        <source>Weeks run from Monday to Sunday in the workspace time zone (%1).</source>
        <translation>Weeks run from Monday to Sunday in the workspace time zone (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="192"/>
        <source>Active: sent a DM, entered a DM campaign, answered the welcome questions, was verified or finished an onboarding task, in a week spent in the group.</source>
        <translation>Active: sent a DM, entered a DM campaign, answered the welcome questions, was verified or finished an onboarding task, in a week spent in the group.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="199"/>
        <source>For all groups, a member counts from joining their first group until leaving their last one; moving between groups is not leaving.</source>
        <translation>For all groups, a member counts from joining their first group until leaving their last one; moving between groups is not leaving.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="203"/>
        <source>Retention: blank cells are weeks still to come.</source>
        <translation>Retention: blank cells are weeks still to come.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="204"/>
        <source>Lifecycle: members as they are now, erased members left out.</source>
        <translation>Lifecycle: members as they are now, erased members left out.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="168"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="169"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="170"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="171"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="172"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>MembersLive</name>
    <message>
        <location filename="../../desktop/ui/members/live.py" line="84"/>
        <source>Could not read the members: %1</source>
        <translation>Could not read the members: %1</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="224"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="326"/>
        <source>No member matches “%1”.</source>
        <translation>No member matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="328"/>
        <source>No members yet.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="330"/>
        <source>%1 members shown; scroll down for more.</source>
        <translation>%1 members shown; scroll down for more.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="332"/>
        <source>%1 members.</source>
        <translation>%1 members.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="339"/>
        <source>No member matches “%1”. Search by name, email, phone, WeChat ID or tag, or clear the search to see everyone.</source>
        <translation>No member matches “%1”. Search by name, email, phone, WeChat ID or tag, or clear the search to see everyone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="344"/>
        <source>No member is in this segment. Change it with Filter…, or pick All members.</source>
        <translation>No member is in this segment. Change it with Filter…, or pick All members.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="347"/>
        <source>No members yet. Members are the people in your groups: add one with New member (Ctrl+N), or bring in a list with Import… (CSV or Excel).</source>
        <translation>No members yet. Members are the people in your groups: add one with New member (Ctrl+N), or bring in a list with Import… (CSV or Excel).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="352"/>
        <source>Search name, email, phone, WeChat ID or tag</source>
        <translation>Search name, email, phone, WeChat ID or tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="353"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="354"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="355"/>
        <source>Personal center…</source>
        <translation>Personal center…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="357"/>
        <source>Timeline, consent, preferences, data export and erasure of this member</source>
        <translation>Timeline, consent, preferences, data export and erasure of this member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="359"/>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="360"/>
        <source>Lifecycle rules and greetings</source>
        <translation>Lifecycle rules and greetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="361"/>
        <source>Statistics…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="363"/>
        <source>Joins, leaves, active members, retention and lifecycle, week by week</source>
        <translation>Joins, leaves, active members, retention and lifecycle, week by week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="365"/>
        <source>Message segment…</source>
        <translation>Message segment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="367"/>
        <source>Send an email to every member shown, through the outbox</source>
        <translation>Send an email to every member shown, through the outbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="369"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="370"/>
        <source>Import members from a CSV or Excel file</source>
        <translation>Import members from a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="371"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="372"/>
        <source>Export the members shown to CSV or Excel</source>
        <translation>Export the members shown to CSV or Excel</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="40"/>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="41"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="42"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>OutboxLabels</name>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="23"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="24"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="25"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="26"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="27"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="28"/>
        <source>To post by hand</source>
        <translation>To post by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="29"/>
        <source>Waiting for owner confirmation</source>
        <translation>Waiting for owner confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="38"/>
        <source>No system keyring is available, so passwords cannot be saved. They are kept in memory until the app closes and must be entered again next time.</source>
        <translation>No system keyring is available, so passwords cannot be saved. They are kept in memory until the app closes and must be entered again next time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="47"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="48"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="49"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="50"/>
        <source>Webhook robot</source>
        <translation>Webhook robot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="51"/>
        <source>Manual (WeChat)</source>
        <translation>Manual (WeChat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="52"/>
        <source>WeCom 群发</source>
        <translation>WeCom 群发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="53"/>
        <source>WeChat (微信客服)</source>
        <translation>WeChat (微信客服)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="62"/>
        <source>no consent</source>
        <translation>no consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="63"/>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="64"/>
        <location filename="../../desktop/ui/outbox/labels.py" line="83"/>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="65"/>
        <source>member erased</source>
        <translation>member erased</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="66"/>
        <source>member wants no messages</source>
        <translation>member wants no messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="67"/>
        <source>quiet hours</source>
        <translation>quiet hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="68"/>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="69"/>
        <source>daily limit reached</source>
        <translation>daily limit reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="70"/>
        <source>member&apos;s frequency limit</source>
        <translation>member&apos;s frequency limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="71"/>
        <source>too late to send</source>
        <translation>too late to send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="78"/>
        <source>cancelled by an operator</source>
        <translation>cancelled by an operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="81"/>
        <source>posted by hand</source>
        <translation>posted by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="82"/>
        <source>post this by hand</source>
        <translation>post this by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="84"/>
        <source>paced: the server asked to wait</source>
        <translation>paced: the server asked to wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="87"/>
        <source>waiting: the keyring is unavailable</source>
        <translation>waiting: the keyring is unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="90"/>
        <source>waiting: the account needs its password</source>
        <translation>waiting: the account needs its password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="93"/>
        <source>waiting: the account settings are unusable</source>
        <translation>waiting: the account settings are unusable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="96"/>
        <source>waiting: the account&apos;s sign-in was refused</source>
        <translation>waiting: the account&apos;s sign-in was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="99"/>
        <source>waiting: the account is disabled</source>
        <translation>waiting: the account is disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="102"/>
        <source>waiting: the server is unreachable</source>
        <translation>waiting: the server is unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="105"/>
        <source>the post was moved, edited or deleted</source>
        <translation>the post was moved, edited or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="135"/>
        <source>waiting: no enabled %1 account</source>
        <translation>waiting: no enabled %1 account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="148"/>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="151"/>
        <source>postponed until %2: %1</source>
        <translation>postponed until %2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="155"/>
        <source>postponed: %1</source>
        <translation>postponed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="182"/>
        <source>Set up the Matrix account…</source>
        <translation>Set up the Matrix account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="184"/>
        <source>Set up the Telegram account…</source>
        <translation>Set up the Telegram account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="185"/>
        <source>Set up the mail account…</source>
        <translation>Set up the mail account…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="217"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="219"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="220"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="221"/>
        <source>Subject / text</source>
        <translation>Subject / text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="222"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="223"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="254"/>
        <source>Erased member</source>
        <translation>Erased member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="260"/>
        <source>Group #%1</source>
        <translation>Group #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="264"/>
        <source>Member #%1</source>
        <translation>Member #%1</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="163"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="164"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="165"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="166"/>
        <source>Search subject or recipient</source>
        <translation>Search subject or recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="167"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="168"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="169"/>
        <source>Queue failed or cancelled deliveries again</source>
        <translation>Queue failed or cancelled deliveries again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="170"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="171"/>
        <source>Stop deliveries that have not been sent</source>
        <translation>Stop deliveries that have not been sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="172"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="174"/>
        <source>Make pending deliveries due now (the sending rules still apply)</source>
        <translation>Make pending deliveries due now (the sending rules still apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="178"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="182"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="262"/>
        <source>%1 pending</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="263"/>
        <source>%1 due now</source>
        <translation>%1 due now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="264"/>
        <source>%1 sending</source>
        <translation>%1 sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="265"/>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="266"/>
        <source>%1 to post by hand</source>
        <translation>%1 to post by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="269"/>
        <source>%1 sent</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="285"/>
        <source>No deliveries match these filters. Choose “All statuses” to see all.</source>
        <translation>No deliveries match these filters. Choose “All statuses” to see all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="288"/>
        <source>The outbox is empty. Replies from the inbox, welcome messages and scheduled posts wait here until they are sent.</source>
        <translation>The outbox is empty. Replies from the inbox, welcome messages and scheduled posts wait here until they are sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="296"/>
        <source>Could not read the outbox: %1</source>
        <translation>Could not read the outbox: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="32"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="36"/>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="39"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="42"/>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="47"/>
        <source>Next attempt: %1</source>
        <translation>Next attempt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="51"/>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="57"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="63"/>
        <source>Server said: %1</source>
        <translation>Server said: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="74"/>
        <source>To: an erased member</source>
        <translation>To: an erased member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="79"/>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="335"/>
        <source>%n delivery(ies) queued again.</source>
        <translation>
            <numerusform>%n delivery(ies) queued again.</numerusform>
            <numerusform>%n delivery(ies) queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="340"/>
        <source>%n delivery(ies) cancelled.</source>
        <translation>
            <numerusform>%n delivery(ies) cancelled.</numerusform>
            <numerusform>%n delivery(ies) cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="347"/>
        <source>%n delivery(ies) will be sent now.</source>
        <translation>
            <numerusform>%n delivery(ies) will be sent now.</numerusform>
            <numerusform>%n delivery(ies) will be sent now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="361"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="368"/>
        <source>%n could not be changed (already sent or being sent).</source>
        <translation>
            <numerusform>%n could not be changed (already sent or being sent).</numerusform>
            <numerusform>%n could not be changed (already sent or being sent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalCenterDialog</name>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="174"/>
        <source>Personal center — %1</source>
        <translation>Personal center — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="177"/>
        <source>activity %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="201"/>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="202"/>
        <source>no consent yet</source>
        <translation>no consent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="203"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="204"/>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="219"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="331"/>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="219"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="331"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="243"/>
        <source>Say where the consent was given (form, event, DM…).</source>
        <translation>Say where the consent was given (form, event, DM…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="266"/>
        <source>Quiet hours need a start and an end (HH:MM) and a known time zone.</source>
        <translation>Quiet hours need a start and an end (HH:MM) and a known time zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="269"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="274"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="277"/>
        <source>Export the member&apos;s data to</source>
        <translation>Export the member&apos;s data to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="298"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="298"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="299"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="299"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="299"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="302"/>
        <source>Nothing here yet. The timeline fills itself: joining or leaving a group, direct messages, welcome steps, feedback, moderation and consent changes appear as they happen.</source>
        <translation>Nothing here yet. The timeline fills itself: joining or leaving a group, direct messages, welcome steps, feedback, moderation and consent changes appear as they happen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="311"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="311"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="311"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="315"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="316"/>
        <source>Channel and purpose</source>
        <translation>Channel and purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="317"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="318"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="337"/>
        <source>Where: sign-up form, event, DM…</source>
        <translation>Where: sign-up form, event, DM…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="338"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="342"/>
        <source>DM frequency</source>
        <translation>DM frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="343"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="344"/>
        <source>Quiet from</source>
        <translation>Quiet from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="345"/>
        <source>Quiet until</source>
        <translation>Quiet until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="350"/>
        <source>e.g. Asia/Shanghai (empty: the workspace&apos;s)</source>
        <translation>e.g. Asia/Shanghai (empty: the workspace&apos;s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="351"/>
        <source>Save preferences</source>
        <translation>Save preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="354"/>
        <source>Groups and roles</source>
        <translation>Groups and roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="355"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="356"/>
        <source>Strikes</source>
        <translation>Strikes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="357"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="358"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="359"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="363"/>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="364"/>
        <source>Erase member…</source>
        <translation>Erase member…</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="70"/>
        <source>Group policy</source>
        <translation>Group policy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="71"/>
        <source>Archive campaign groups automatically when due</source>
        <translation>Archive campaign groups automatically when due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="72"/>
        <source>Days after the campaign ends</source>
        <translation>Days after the campaign ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="73"/>
        <source>Moderation ladder</source>
        <translation>Moderation ladder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="74"/>
        <source>A mute lasts (hours)</source>
        <translation>A mute lasts (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="75"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="78"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="78"/>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="83"/>
        <source>What the group will see first</source>
        <translation>What the group will see first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="86"/>
        <source>The message text</source>
        <translation>The message text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="111"/>
        <source>Check a group set…</source>
        <translation>Check a group set…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="135"/>
        <source>Group robot</source>
        <translation>Group robot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="142"/>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="288"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="144"/>
        <source>Content type</source>
        <translation>Content type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="145"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="147"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="149"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="150"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="153"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="154"/>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="293"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="155"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="187"/>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="313"/>
        <source>A post needs a title.</source>
        <translation>A post needs a title.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="197"/>
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>No target group is checked: the post will not be sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="202"/>
        <source>This time is already in the past.</source>
        <translation>This time is already in the past.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="289"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="290"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="291"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="292"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="294"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="315"/>
        <source>The repetition must end after the first day.</source>
        <translation>The repetition must end after the first day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="322"/>
        <source>The post could not be saved: %1</source>
        <translation>The post could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="319"/>
        <source>This post was deleted meanwhile.</source>
        <translation>This post was deleted meanwhile.</translation>
    </message>
</context>
<context>
    <name>PostEditing</name>
    <message>
        <location filename="../../desktop/ui/calendar/editing.py" line="73"/>
        <source>The post could not be read: %1</source>
        <translation>The post could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/editing.py" line="109"/>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/editing.py" line="111"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="33"/>
        <source>%1 is replying…</source>
        <translation>%1 is replying…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="35"/>
        <source>%1 is also viewing</source>
        <translation>%1 is also viewing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="36"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="43"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="185"/>
        <source>Group message</source>
        <translation>Group message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="186"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="199"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
</context>
<context>
    <name>PushTableFiles</name>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="44"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="45"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="46"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="50"/>
        <source>Export the week</source>
        <translation>Export the week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="61"/>
        <source>Push table</source>
        <translation>Push table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="74"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="78"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="84"/>
        <source>Import a push table</source>
        <translation>Import a push table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="84"/>
        <source>Push table (*.xlsx *.csv)</source>
        <translation>Push table (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="97"/>
        <source>The change was not saved: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="100"/>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="108"/>
        <source>Import push table</source>
        <translation>Import push table</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="109"/>
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>Imported %n post.</numerusform>
            <numerusform>Imported %n posts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="112"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="120"/>
        <source>not a date: “%1”</source>
        <translation>not a date: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="121"/>
        <source>not a time of day: “%1”</source>
        <translation>not a time of day: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="122"/>
        <source>no group called “%1”</source>
        <translation>no group called “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="123"/>
        <source>unknown content type “%1”</source>
        <translation>unknown content type “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="124"/>
        <source>the first row names no groups%1</source>
        <translation>the first row names no groups%1</translation>
    </message>
</context>
<context>
    <name>QueueEmptyNote</name>
    <message>
        <location filename="../../desktop/ui/inbox/queue_empty.py" line="31"/>
        <source>No conversations match these filters. Choose “All conversations”.</source>
        <translation>No conversations match these filters. Choose “All conversations”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_empty.py" line="34"/>
        <source>No conversations yet. Messages members send to your mail, Matrix or Telegram accounts arrive here; set them up under Sending → Channel accounts…</source>
        <translation>No conversations yet. Messages members send to your mail, Matrix or Telegram accounts arrive here; set them up under Sending → Channel accounts…</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="124"/>
        <source>Repeat weekly on</source>
        <translation>Repeat weekly on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="131"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="132"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="133"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="134"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="135"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="136"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="137"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="147"/>
        <source>until</source>
        <translation>until</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="100"/>
        <source>Write a reply… type / and a few letters for a canned reply</source>
        <translation>Write a reply… type / and a few letters for a canned reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="102"/>
        <source>Marketing message</source>
        <translation>Marketing message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="107"/>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="107"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="175"/>
        <source>No canned replies yet: add them under Inbox → Settings…</source>
        <translation>No canned replies yet: add them under Inbox → Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="179"/>
        <source>No canned reply starts with “/%1”.</source>
        <translation>No canned reply starts with “/%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="260"/>
        <source>%1 replied meanwhile: “%2”. Send yours too?</source>
        <translation>%1 replied meanwhile: “%2”. Send yours too?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="261"/>
        <source>A teammate</source>
        <translation>A teammate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="302"/>
        <source>Could not send: %1</source>
        <translation>Could not send: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="306"/>
        <source>The reply is empty.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="313"/>
        <source>The WeChat reply window is closed: wait for the user to write again.</source>
        <translation>The WeChat reply window is closed: wait for the user to write again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="318"/>
        <source>the member unsubscribed</source>
        <translation>the member unsubscribed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="319"/>
        <source>the member has not agreed to marketing</source>
        <translation>the member has not agreed to marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="320"/>
        <source>the member withdrew consent</source>
        <translation>the member withdrew consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="323"/>
        <source>This marketing message cannot be sent: %1.</source>
        <translation>This marketing message cannot be sent: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="329"/>
        <source>Banned or sensitive words: %1</source>
        <translation>Banned or sensitive words: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="332"/>
        <source>The member already got a marketing message within their chosen period.</source>
        <translation>The member already got a marketing message within their chosen period.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="334"/>
        <source>Edit the text, or press “Send anyway”.</source>
        <translation>Edit the text, or press “Send anyway”.</translation>
    </message>
</context>
<context>
    <name>ReplyTexts</name>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="32"/>
        <source>Subject of the replies</source>
        <translation>Subject of the replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="33"/>
        <source>Code right: verified</source>
        <translation>Code right: verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="34"/>
        <source>Code wrong: tries left</source>
        <translation>Code wrong: tries left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="35"/>
        <source>Too many wrong codes: locked</source>
        <translation>Too many wrong codes: locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="36"/>
        <source>Code expired</source>
        <translation>Code expired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="37"/>
        <source>Subject of a new code</source>
        <translation>Subject of a new code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="38"/>
        <source>A new code</source>
        <translation>A new code</translation>
    </message>
</context>
<context>
    <name>ReplyTextsDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="87"/>
        <source>Verification replies</source>
        <translation>Verification replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="88"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="89"/>
        <source>Default wording</source>
        <translation>Default wording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="111"/>
        <source>This did not work: %1</source>
        <translation>This did not work: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="121"/>
        <source>May use: %1</source>
        <translation>May use: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="133"/>
        <source>Cannot be used: %1</source>
        <translation>Cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="138"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="151"/>
        <source>Saved: members get this wording from now on.</source>
        <translation>Saved: members get this wording from now on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="161"/>
        <source>Back to the default wording.</source>
        <translation>Back to the default wording.</translation>
    </message>
</context>
<context>
    <name>ReplyTimeWatch</name>
    <message>
        <location filename="../../desktop/ui/inbox/reply_time.py" line="52"/>
        <source>Reply-time standard</source>
        <translation>Reply-time standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_time.py" line="53"/>
        <source>%1 conversation(s) must be answered soon.</source>
        <translation>%1 conversation(s) must be answered soon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_time.py" line="60"/>
        <source>Reply time: %1 overdue, %2 due soon</source>
        <translation>Reply time: %1 overdue, %2 due soon</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="218"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="219"/>
        <source>Still in the group</source>
        <translation>Still in the group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="220"/>
        <source>Active that week</source>
        <translation>Active that week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="234"/>
        <source>Joined in week of</source>
        <translation>Joined in week of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="234"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_views.py" line="235"/>
        <source>+%n week(s)</source>
        <translation>
            <numerusform>+%n week</numerusform>
            <numerusform>+%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="257"/>
        <source>This week has not come yet.</source>
        <translation>This week has not come yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="261"/>
        <source>Nobody joined in this week.</source>
        <translation>Nobody joined in this week.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_views.py" line="271"/>
        <source>%1 of %n member(s) still in the group.</source>
        <translation>
            <numerusform>%1 of %n member still in the group.</numerusform>
            <numerusform>%1 of %n members still in the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_views.py" line="273"/>
        <source>%1 of %n member(s) active that week.</source>
        <translation>
            <numerusform>%1 of %n member active that week.</numerusform>
            <numerusform>%1 of %n members active that week.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="279"/>
        <source>This week is not over yet.</source>
        <translation>This week is not over yet.</translation>
    </message>
</context>
<context>
    <name>RetroPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="144"/>
        <source>Choose a period whose end is after its start.</source>
        <translation>Choose a period whose end is after its start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="162"/>
        <source>Write at least the goal and the result.</source>
        <translation>Write at least the goal and the result.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="165"/>
        <source>Retrospective saved.</source>
        <translation>Retrospective saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="179"/>
        <source>joined</source>
        <translation>joined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="180"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="181"/>
        <source>members at the end</source>
        <translation>members at the end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="182"/>
        <source>posts sent</source>
        <translation>posts sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="183"/>
        <source>DMs received</source>
        <translation>DMs received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="184"/>
        <source>DMs answered</source>
        <translation>DMs answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="185"/>
        <source>welcome journeys started</source>
        <translation>welcome journeys started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="186"/>
        <source>welcome journeys completed</source>
        <translation>welcome journeys completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="196"/>
        <source>Retrospective (复盘)</source>
        <translation>Retrospective (复盘)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="197"/>
        <source>Fill in the figures</source>
        <translation>Fill in the figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="201"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="202"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="203"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="204"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="205"/>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="206"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="207"/>
        <source>Next actions</source>
        <translation>Next actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="212"/>
        <source>Save retrospective</source>
        <translation>Save retrospective</translation>
    </message>
</context>
<context>
    <name>RobotEditor</name>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="67"/>
        <source>Send test message</source>
        <translation>Send test message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="77"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="78"/>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="79"/>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="80"/>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="81"/>
        <source>Message kind</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="93"/>
        <source>Add group robot</source>
        <translation>Add group robot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="93"/>
        <source>Edit robot</source>
        <translation>Edit robot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="108"/>
        <source>Paste the robot&apos;s webhook URL. If the robot signs requests, paste the secret (SEC…); if it requires a keyword, enter it: it is added to every message.</source>
        <translation>Paste the robot&apos;s webhook URL. If the robot signs requests, paste the secret (SEC…); if it requires a keyword, enter it: it is added to every message.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="112"/>
        <source>Paste the robot&apos;s webhook URL; its key is kept in the keyring.</source>
        <translation>Paste the robot&apos;s webhook URL; its key is kept in the keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="129"/>
        <source>Sending a test message…</source>
        <translation>Sending a test message…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="135"/>
        <source>The test message was posted.</source>
        <translation>The test message was posted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="138"/>
        <source>The platform answered: %1</source>
        <translation>The platform answered: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="154"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>RobotLabels</name>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="12"/>
        <source>WeCom (企业微信)</source>
        <translation>WeCom (企业微信)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="13"/>
        <source>Feishu (飞书)</source>
        <translation>Feishu (飞书)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="14"/>
        <source>DingTalk (钉钉)</source>
        <translation>DingTalk (钉钉)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="15"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="16"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="23"/>
        <source>Broken: %1</source>
        <translation>Broken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="27"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="28"/>
        <source>Not used yet</source>
        <translation>Not used yet</translation>
    </message>
</context>
<context>
    <name>RobotPreviewView</name>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="71"/>
        <source>None of the target groups has a group robot.</source>
        <translation>None of the target groups has a group robot.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="80"/>
        <source>Too long for this robot (%1): it would be refused.</source>
        <translation>Too long for this robot (%1): it would be refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="85"/>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="88"/>
        <source>Notifies: %1</source>
        <translation>Notifies: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="91"/>
        <source>Some @mentions in the text will not notify anyone here.</source>
        <translation>Some @mentions in the text will not notify anyone here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="97"/>
        <source>%1 robots cannot upload local pictures: the attached pictures will not reach this group (only the text is posted).</source>
        <translation>%1 robots cannot upload local pictures: the attached pictures will not reach this group (only the text is posted).</translation>
    </message>
</context>
<context>
    <name>RobotsDialog</name>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="50"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="56"/>
        <source>Add group robot…</source>
        <translation>Add group robot…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="59"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="61"/>
        <source>Fixed: try again</source>
        <translation>Fixed: try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="63"/>
        <source>After fixing the robot on the platform, send its waiting posts again</source>
        <translation>After fixing the robot on the platform, send its waiting posts again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="66"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="68"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="71"/>
        <source>Team alerts go to:</source>
        <translation>Team alerts go to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="83"/>
        <source>Group robots</source>
        <translation>Group robots</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="104"/>
        <source>(no team alerts)</source>
        <translation>(no team alerts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="142"/>
        <source>Team alert robot saved.</source>
        <translation>Team alert robot saved.</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="45"/>
        <location filename="../../desktop/ui/members/segment_bar.py" line="98"/>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="61"/>
        <source>(custom filter)</source>
        <translation>(custom filter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="93"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="95"/>
        <source>Filter by tag, group, role, lifecycle, activity, consent or birthday month</source>
        <translation>Filter by tag, group, role, lifecycle, activity, consent or birthday month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="103"/>
        <source>No saved segments yet: choose Filter…, then Save as segment</source>
        <translation>No saved segments yet: choose Filter…, then Save as segment</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="157"/>
        <source>The lowest activity is above the highest.</source>
        <translation>The lowest activity is above the highest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="159"/>
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="170"/>
        <source>Give the segment a name no other segment has.</source>
        <translation>Give the segment a name no other segment has.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="172"/>
        <source>Segment saved.</source>
        <translation>Segment saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="182"/>
        <source>Filter members</source>
        <translation>Filter members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="183"/>
        <source>(any group)</source>
        <translation>(any group)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="184"/>
        <source>(any role)</source>
        <translation>(any role)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="185"/>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="186"/>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="187"/>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="188"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="190"/>
        <source>Any of the tags</source>
        <translation>Any of the tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="191"/>
        <source>In group</source>
        <translation>In group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="192"/>
        <source>With role</source>
        <translation>With role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="193"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="194"/>
        <source>Activity score</source>
        <translation>Activity score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="195"/>
        <source>Has consent for</source>
        <translation>Has consent for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="196"/>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="197"/>
        <source>Segment name</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="201"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="202"/>
        <source>Save as segment</source>
        <translation>Save as segment</translation>
    </message>
</context>
<context>
    <name>SegmentMessageDialog</name>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="148"/>
        <source>%1 messages queued (%2 already queued before); %3 members have no email address.</source>
        <translation>%1 messages queued (%2 already queued before); %3 members have no email address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="182"/>
        <source>Message segment</source>
        <translation>Message segment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="184"/>
        <source>To: %1 — %2 members, %3 without an email address (left out).</source>
        <translation>To: %1 — %2 members, %3 without an email address (left out).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="189"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="190"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="191"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="192"/>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="193"/>
        <source>Marketing (needs the member&apos;s opt-in)</source>
        <translation>Marketing (needs the member&apos;s opt-in)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="194"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="195"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="196"/>
        <source>Any topic</source>
        <translation>Any topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="199"/>
        <source>Members who chose their topics on their preferences page get it only if they chose this one</source>
        <translation>Members who chose their topics on their preferences page get it only if they chose this one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="205"/>
        <source>Variables: %1. Consent, frequency and quiet hours apply at send time.</source>
        <translation>Variables: %1. Consent, frequency and quiet hours apply at send time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="208"/>
        <source>Queue messages</source>
        <translation>Queue messages</translation>
    </message>
</context>
<context>
    <name>SendingController</name>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="98"/>
        <location filename="../../desktop/ui/outbox/controller.py" line="116"/>
        <location filename="../../desktop/ui/outbox/controller.py" line="202"/>
        <source>Passwords not saved: no keyring</source>
        <translation>Passwords not saved: no keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="196"/>
        <source>&amp;Sending</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="197"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="198"/>
        <source>&amp;Channel accounts…</source>
        <translation>&amp;Channel accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="199"/>
        <source>To post now</source>
        <translation>To post now</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="168"/>
        <source>Use {n} for a number (e.g. {n:02} → 01) and/or {loc} for a location.</source>
        <translation>Use {n} for a number (e.g. {n:02} → 01) and/or {loc} for a location.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="176"/>
        <source>this name is already used</source>
        <translation>this name is already used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="187"/>
        <source>A campaign group needs the campaign&apos;s end date.</source>
        <translation>A campaign group needs the campaign&apos;s end date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="190"/>
        <source>Create %1 groups</source>
        <translation>Create %1 groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="213"/>
        <source>Create a series of groups</source>
        <translation>Create a series of groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="214"/>
        <source>Name pattern</source>
        <translation>Name pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="215"/>
        <source>Numbers ({n})</source>
        <translation>Numbers ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="216"/>
        <source>Locations ({loc})</source>
        <translation>Locations ({loc})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="217"/>
        <source>Comma-separated, e.g. 北京, 上海</source>
        <translation>Comma-separated, e.g. 北京, 上海</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="218"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="219"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="220"/>
        <source>Campaign ends</source>
        <translation>Campaign ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="223"/>
        <source>Each name must carry the brand keyword and have at most 12 characters. Nothing is created while any name is refused.</source>
        <translation>Each name must carry the brand keyword and have at most 12 characters. Nothing is created while any name is refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45"/>
        <source>Workspace settings</source>
        <translation>Workspace settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52"/>
        <source>e.g. 拾光 — every group name must contain it</source>
        <translation>e.g. 拾光 — every group name must contain it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>Label=HH:MM, separated by commas</source>
        <translation>Label=HH:MM, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69"/>
        <source>Workspace name</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71"/>
        <source>Brand keyword</source>
        <translation>Brand keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>Calendar slots</source>
        <translation>Calendar slots</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77"/>
        <source>Holidays and make-up workdays…</source>
        <translation>Holidays and make-up workdays…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79"/>
        <source>What the calendar marks and when marketing waits; correct any date</source>
        <translation>What the calendar marks and when marketing waits; correct any date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>https://club.example.org (behind your HTTPS proxy)</source>
        <translation>https://club.example.org (behind your HTTPS proxy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90"/>
        <source>Where members open their personal center, preferences and unsubscribe links. Empty: the address the worker listens on.</source>
        <translation>Where members open their personal center, preferences and unsubscribe links. Empty: the address the worker listens on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96"/>
        <source>Members see their activity score</source>
        <translation>Members see their activity score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98"/>
        <source>Members may change their name and birthday</source>
        <translation>Members may change their name and birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101"/>
        <source>Member pages address</source>
        <translation>Member pages address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="103"/>
        <source>Personal center</source>
        <translation>Personal center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="129"/>
        <source>Write the address as https://host (no ?query or #fragment).</source>
        <translation>Write the address as https://host (no ?query or #fragment).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="139"/>
        <source>Write slots as Label=HH:MM separated by commas, e.g. 早=08:00, 中=12:00</source>
        <translation>Write slots as Label=HH:MM separated by commas, e.g. 早=08:00, 中=12:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="154"/>
        <source>The workspace needs a name.</source>
        <translation>The workspace needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="155"/>
        <source>Unknown time zone.</source>
        <translation>Unknown time zone.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="42"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="47"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="52"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="57"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="62"/>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="44"/>
        <source>Groups tab (Ctrl+2 … Ctrl+5: the others)</source>
        <translation>Groups tab (Ctrl+2 … Ctrl+5: the others)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="49"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="54"/>
        <source>Workspace settings</source>
        <translation>Workspace settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="59"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="64"/>
        <source>This list of shortcuts</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="67"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="72"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="77"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="82"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="87"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="92"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="97"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="102"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="69"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="74"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="79"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="84"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="89"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="94"/>
        <source>Insert a canned reply</source>
        <translation>Insert a canned reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="99"/>
        <source>Search messages</source>
        <translation>Search messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="104"/>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="107"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="112"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="117"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="122"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="127"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="132"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="137"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="142"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="147"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="152"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="157"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="162"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="167"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="109"/>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="114"/>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="119"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="124"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="129"/>
        <source>Schedule the week</source>
        <translation>Schedule the week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="134"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="139"/>
        <source>Redo (also Ctrl+Y)</source>
        <translation>Redo (also Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="144"/>
        <source>Move the selected post a slot earlier</source>
        <translation>Move the selected post a slot earlier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="149"/>
        <source>Move the selected post a slot later</source>
        <translation>Move the selected post a slot later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="154"/>
        <source>Move the selected post a day earlier</source>
        <translation>Move the selected post a day earlier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="159"/>
        <source>Move the selected post a day later</source>
        <translation>Move the selected post a day later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="164"/>
        <source>Open the selected post</source>
        <translation>Open the selected post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="169"/>
        <source>Delete the selected post</source>
        <translation>Delete the selected post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="172"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="177"/>
        <source>Groups and members</source>
        <translation>Groups and members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="174"/>
        <source>New group or member</source>
        <translation>New group or member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="179"/>
        <source>Save the form</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="182"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="187"/>
        <source>Welcome templates</source>
        <translation>Welcome templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="184"/>
        <source>Move the step up</source>
        <translation>Move the step up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="189"/>
        <source>Move the step down</source>
        <translation>Move the step down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="207"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="211"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="211"/>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="41"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="41"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="125"/>
        <source>A group of that name exists already.</source>
        <translation>A group of that name exists already.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="144"/>
        <source>Split the group</source>
        <translation>Split the group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="147"/>
        <source>Open a sibling group of the same series, or a sub-community (亚社群) under this group, and move the members you tick into it.</source>
        <translation>Open a sibling group of the same series, or a sub-community (亚社群) under this group, and move the members you tick into it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="151"/>
        <source>Sibling group (next in the series)</source>
        <translation>Sibling group (next in the series)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="153"/>
        <source>Sub-community of this group</source>
        <translation>Sub-community of this group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="154"/>
        <source>Members to move:</source>
        <translation>Members to move:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="155"/>
        <source>Create and move</source>
        <translation>Create and move</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="156"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="149"/>
        <source>Updating the Matrix room…</source>
        <translation>Updating the Matrix room…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="154"/>
        <source>The role is saved here, but the room refused it: %1</source>
        <translation>The role is saved here, but the room refused it: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="165"/>
        <source>Nobody is owner or admin: nobody can moderate.</source>
        <translation>Nobody is owner or admin: nobody can moderate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="167"/>
        <source>The campaign is running without a 气氛组 (atmosphere crew).</source>
        <translation>The campaign is running without a 气氛组 (atmosphere crew).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="190"/>
        <source>Select a member first.</source>
        <translation>Select a member first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="193"/>
        <source>Say which rule was broken.</source>
        <translation>Say which rule was broken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="213"/>
        <source>Applying in the Matrix room…</source>
        <translation>Applying in the Matrix room…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="221"/>
        <source>The room refused it; nothing was recorded: %1</source>
        <translation>The room refused it; nothing was recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="229"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="232"/>
        <source>%1 for this rule</source>
        <translation>%1 for this rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="252"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="252"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="253"/>
        <source>Moderation: warn → mute → remove</source>
        <translation>Moderation: warn → mute → remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="254"/>
        <source>The red line that was crossed</source>
        <translation>The red line that was crossed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="109"/>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="110"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="111"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="112"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="113"/>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="114"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_preview.py" line="49"/>
        <source>Preview for</source>
        <translation>Preview for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="127"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="129"/>
        <source>Send this step</source>
        <translation>Send this step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="130"/>
        <source>Switched off, members skip this step</source>
        <translation>Switched off, members skip this step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="131"/>
        <source>Email subject (may use variables)</source>
        <translation>Email subject (may use variables)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="132"/>
        <source>Hello {name}, welcome to {group}!</source>
        <translation>Hello {name}, welcome to {group}!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variable_list.py" line="33"/>
        <source>Click to insert at the cursor</source>
        <translation>Click to insert at the cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="134"/>
        <source>Save step</source>
        <translation>Save step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="135"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="136"/>
        <source>Variants…</source>
        <translation>Variants…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="137"/>
        <source>Other versions of this step: per channel, or A/B</source>
        <translation>Other versions of this step: per channel, or A/B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_preview.py" line="75"/>
        <source>Could not read the sample member: %1</source>
        <translation>Could not read the sample member: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="334"/>
        <source>A step needs a title.</source>
        <translation>A step needs a title.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="384"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="388"/>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="388"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="390"/>
        <source>Not saved: the %1 template has problems.</source>
        <translation>Not saved: the %1 template has problems.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="382"/>
        <source>Not saved: this step was deleted meanwhile.</source>
        <translation>Not saved: this step was deleted meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="373"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SurveyInviteFlow</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="21"/>
        <source>Send to a segment</source>
        <translation>Send to a segment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="27"/>
        <source>There is no saved segment yet: save one in the Members tab first.</source>
        <translation>There is no saved segment yet: save one in the Members tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="33"/>
        <source>Mail the questions to:</source>
        <translation>Mail the questions to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="43"/>
        <source>Mail the questions of 「%1」 to the %2 members of 「%3」? %4 have no email address and are left out; members who said no to marketing mail are skipped when it is sent, and nobody is asked twice.</source>
        <translation>Mail the questions of 「%1」 to the %2 members of 「%3」? %4 have no email address and are left out; members who said no to marketing mail are skipped when it is sent, and nobody is asked twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="59"/>
        <source>Start the survey first.</source>
        <translation>Start the survey first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="65"/>
        <source>%1 members asked; %2 had been asked before.</source>
        <translation>%1 members asked; %2 had been asked before.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="124"/>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="128"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="129"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="130"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="131"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="132"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="139"/>
        <source>Teammates who use the same PostgreSQL database share groups, members, the calendar and the inbox. The choice applies the next time Shequn Desk starts; the password is kept in the system keyring.</source>
        <translation>Teammates who use the same PostgreSQL database share groups, members, the calendar and the inbox. The choice applies the next time Shequn Desk starts; the password is kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="144"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="145"/>
        <source>Use this team database</source>
        <translation>Use this team database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="146"/>
        <source>Use this computer&apos;s workspace</source>
        <translation>Use this computer&apos;s workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="172"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="179"/>
        <source>Works: %1</source>
        <translation>Works: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="182"/>
        <source>Cannot use it: %1</source>
        <translation>Cannot use it: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="192"/>
        <source>Saved. Restart Shequn Desk to open the team workspace.</source>
        <translation>Saved. Restart Shequn Desk to open the team workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="203"/>
        <source>Saved. Restart Shequn Desk to open this computer&apos;s workspace.</source>
        <translation>Saved. Restart Shequn Desk to open this computer&apos;s workspace.</translation>
    </message>
</context>
<context>
    <name>TeamKeyBox</name>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="76"/>
        <source>Team key (shared account passwords)</source>
        <translation>Team key (shared account passwords)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="77"/>
        <source>Create team key</source>
        <translation>Create team key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="78"/>
        <source>Generate invite code</source>
        <translation>Generate invite code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="79"/>
        <source>Invite code from an admin</source>
        <translation>Invite code from an admin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="80"/>
        <source>Join with code</source>
        <translation>Join with code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="94"/>
        <source>Reading the team key…</source>
        <translation>Reading the team key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="98"/>
        <source>This team keeps account passwords on each computer. Create a team key to store them in the team database, encrypted, for every teammate and the server&apos;s worker.</source>
        <translation>This team keeps account passwords on each computer. Create a team key to store them in the team database, encrypted, for every teammate and the server&apos;s worker.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="105"/>
        <source>This computer cannot read the team&apos;s passwords: %1</source>
        <translation>This computer cannot read the team&apos;s passwords: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="111"/>
        <source>This computer holds the team key (%1).</source>
        <translation>This computer holds the team key (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="126"/>
        <source>Creating the team key…</source>
        <translation>Creating the team key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="132"/>
        <source>Team key created; %1 password(s) from this computer moved in.</source>
        <translation>Team key created; %1 password(s) from this computer moved in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="147"/>
        <source>Send this code to one teammate; it works once, until %1 UTC.</source>
        <translation>Send this code to one teammate; it works once, until %1 UTC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="164"/>
        <source>Joined: this computer now holds the team key (%1).</source>
        <translation>Joined: this computer now holds the team key (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="170"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
</context>
<context>
    <name>TeamStatsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="40"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="50"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="100"/>
        <source>Team figures</source>
        <translation>Team figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="101"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="103"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="104"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="105"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="106"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="112"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="113"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="114"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="115"/>
        <source>Median first response</source>
        <translation>Median first response</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="116"/>
        <source>Median resolution</source>
        <translation>Median resolution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="120"/>
        <source>Times count working hours only, as in the reply-time standards.</source>
        <translation>Times count working hours only, as in the reply-time standards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="141"/>
        <source>Could not read the figures: %1</source>
        <translation>Could not read the figures: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="150"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>Teammates</name>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="34"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="35"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="41"/>
        <source>A teammate needs a name.</source>
        <translation>A teammate needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="42"/>
        <source>That is not an email address.</source>
        <translation>That is not an email address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="43"/>
        <source>An active teammate already has that name.</source>
        <translation>An active teammate already has that name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="46"/>
        <source>The workspace must keep at least one active admin.</source>
        <translation>The workspace must keep at least one active admin.</translation>
    </message>
</context>
<context>
    <name>TeammatesDialog</name>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="110"/>
        <source>Teammates</source>
        <translation>Teammates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="111"/>
        <source>This computer is used by</source>
        <translation>This computer is used by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <location filename="../../desktop/ui/teammates_dialog.py" line="115"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="116"/>
        <source>Email (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="117"/>
        <source>Add teammate</source>
        <translation>Add teammate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="13"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="14"/>
        <source>Group message</source>
        <translation>Group message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="15"/>
        <source>Manual task</source>
        <translation>Manual task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="22"/>
        <source>after joining</source>
        <translation>after joining</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="23"/>
        <source>after the previous step</source>
        <translation>after the previous step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="62"/>
        <source>on joining</source>
        <translation>on joining</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="64"/>
        <source>right after previous</source>
        <translation>right after previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="67"/>
        <source>%1 after joining</source>
        <translation>%1 after joining</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="70"/>
        <source>%1 after previous</source>
        <translation>%1 after previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="77"/>
        <source>The member&apos;s name</source>
        <translation>The member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="78"/>
        <source>The group&apos;s name</source>
        <translation>The group&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="79"/>
        <source>The brand keyword</source>
        <translation>The brand keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="80"/>
        <source>A one-time verification code</source>
        <translation>A one-time verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="81"/>
        <source>The group&apos;s rules</source>
        <translation>The group&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="82"/>
        <source>Content picked for the member</source>
        <translation>Content picked for the member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="85"/>
        <source>The group&apos;s purpose</source>
        <translation>The group&apos;s purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="86"/>
        <source>The group&apos;s announcement</source>
        <translation>The group&apos;s announcement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="87"/>
        <source>The link to join</source>
        <translation>The link to join</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="88"/>
        <source>The operator&apos;s name</source>
        <translation>The operator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="89"/>
        <source>Today&apos;s date</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="90"/>
        <source>How to unsubscribe</source>
        <translation>How to unsubscribe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="91"/>
        <source>The member&apos;s personal center link</source>
        <translation>The member&apos;s personal center link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="94"/>
        <source>The member&apos;s preferences link</source>
        <translation>The member&apos;s preferences link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="112"/>
        <source>The template is empty.</source>
        <translation>The template is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="114"/>
        <source>Unknown variable {%1}</source>
        <translation>Unknown variable {%1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="117"/>
        <source>“{” is never closed (write {{ for a brace)</source>
        <translation>“{” is never closed (write {{ for a brace)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="120"/>
        <source>“}” without an opening “{” (write }})</source>
        <translation>“}” without an opening “{” (write }})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="123"/>
        <source>Not a valid placeholder: %1</source>
        <translation>Not a valid placeholder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="129"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 at line %2, column %3</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="103"/>
        <source>Welcome journeys</source>
        <translation>Welcome journeys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="104"/>
        <source>New journey name</source>
        <translation>New journey name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="105"/>
        <source>New journey</source>
        <translation>New journey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="106"/>
        <source>New journey from the 8-step default</source>
        <translation>New journey from the 8-step default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="107"/>
        <location filename="../../desktop/ui/templates/tab.py" line="109"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="108"/>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="109"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="109"/>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="110"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="113"/>
        <source>No welcome journeys yet. Create one with New journey, or start from the default.</source>
        <translation>No welcome journeys yet. Create one with New journey, or start from the default.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/tab.py" line="207"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="208"/>
        <source>no group attached</source>
        <translation>no group attached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="237"/>
        <source>Steps of %1</source>
        <translation>Steps of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="239"/>
        <source>No journey yet: create one on the left.</source>
        <translation>No journey yet: create one on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="244"/>
        <source>No steps yet. Each step is a message (email, group message or a manual task) sent a set time after joining or after the previous step: add one with Add step.</source>
        <translation>No steps yet. Each step is a message (email, group message or a manual task) sent a set time after joining or after the previous step: add one with Add step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="269"/>
        <source>Could not read the journeys: %1</source>
        <translation>Could not read the journeys: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="277"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="283"/>
        <source>Switched off: members skip this step</source>
        <translation>Switched off: members skip this step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="302"/>
        <location filename="../../desktop/ui/templates/tab.py" line="365"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="327"/>
        <source>A journey needs a name.</source>
        <translation>A journey needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="346"/>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="347"/>
        <source>Hello {name}, welcome to {group}!</source>
        <translation>Hello {name}, welcome to {group}!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="363"/>
        <source>The starter template is invalid.</source>
        <translation>The starter template is invalid.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="55"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="56"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="44"/>
        <source>Internal note (not sent to the member)</source>
        <translation>Internal note (not sent to the member)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="46"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="48"/>
        <source>Write a note for your teammates…</source>
        <translation>Write a note for your teammates…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="111"/>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="128"/>
        <source>No conversation selected</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="134"/>
        <source>Pick a conversation on the left. Messages members send to your mail, Matrix or Telegram accounts appear there.</source>
        <translation>Pick a conversation on the left. Messages members send to your mail, Matrix or Telegram accounts appear there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="143"/>
        <source>%1 · via %2</source>
        <translation>%1 · via %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="75"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="188"/>
        <source>Could not read the conversation: %1</source>
        <translation>Could not read the conversation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="194"/>
        <location filename="../../desktop/ui/inbox/note_box.py" line="85"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="85"/>
        <source>Not sent yet: %1</source>
        <translation>Not sent yet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="87"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="88"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="89"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="90"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="91"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="92"/>
        <source>To post by hand</source>
        <translation>To post by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="93"/>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="212"/>
        <source>No messages yet. Write the first reply below; it goes out by %1.</source>
        <translation>No messages yet. Write the first reply below; it goes out by %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="294"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="295"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="35"/>
        <source>The member unsubscribed (%1).</source>
        <translation>The member unsubscribed (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="52"/>
        <source>Remote images are blocked. Show them</source>
        <translation>Remote images are blocked. Show them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="69"/>
        <source>Counted as feedback</source>
        <translation>Counted as feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="329"/>
        <source>Reply not sent</source>
        <translation>Reply not sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="330"/>
        <source>This reply has not been sent yet. Mark the conversation resolved anyway?</source>
        <translation>This reply has not been sent yet. Mark the conversation resolved anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="351"/>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="63"/>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
</context>
<context>
    <name>TodoNotifier</name>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="260"/>
        <source>To post now</source>
        <translation>To post now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="262"/>
        <source>A message is due in %1: post it by hand.</source>
        <translation>A message is due in %1: post it by hand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="264"/>
        <source>%n message(s) are due to be posted by hand.</source>
        <translation>
            <numerusform>%n message are due to be posted by hand.</numerusform>
            <numerusform>%n messages are due to be posted by hand.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="273"/>
        <source>Shequn Desk</source>
        <translation>Shequn Desk</translation>
    </message>
</context>
<context>
    <name>UnsentBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/unsent.py" line="44"/>
        <source>This reply has not been sent: %1</source>
        <translation>This reply has not been sent: %1</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="128"/>
        <source>Variants of %1</source>
        <translation>Variants of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="131"/>
        <source>Another version of this step: for one channel (e.g. a shorter text in the group), or side A or B of a random split compared in the funnel.</source>
        <translation>Another version of this step: for one channel (e.g. a shorter text in the group), or side A or B of a random split compared in the funnel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="135"/>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="162"/>
        <source>No A/B side</source>
        <translation>No A/B side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="135"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="135"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="142"/>
        <source>A/B side</source>
        <translation>A/B side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="143"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="144"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="145"/>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="146"/>
        <source>Email subject (may use variables)</source>
        <translation>Email subject (may use variables)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="147"/>
        <source>Hello {name}, welcome to {group}!</source>
        <translation>Hello {name}, welcome to {group}!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="148"/>
        <source>New variant</source>
        <translation>New variant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="149"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="150"/>
        <source>Save variant</source>
        <translation>Save variant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="151"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="162"/>
        <source>Side %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="254"/>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="254"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="259"/>
        <source>Not saved: the %1 template cannot be rendered (%2).</source>
        <translation>Not saved: the %1 template cannot be rendered (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="269"/>
        <source>Not saved: the %1 template has problems.</source>
        <translation>Not saved: the %1 template has problems.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="299"/>
        <source>Not saved: this step or variant was deleted.</source>
        <translation>Not saved: this step or variant was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="293"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="301"/>
        <source>This did not work: %1</source>
        <translation>This did not work: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="313"/>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
</context>
<context>
    <name>WeChatKfDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="39"/>
        <source>WeChat customer service (微信客服)</source>
        <translation>WeChat customer service (微信客服)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="48"/>
        <source>Load 客服账号 from WeCom</source>
        <translation>Load 客服账号 from WeCom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="52"/>
        <source>Serve the checked accounts in the inbox</source>
        <translation>Serve the checked accounts in the inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="60"/>
        <source>Sent within 20 s when someone opens the chat (empty: no welcome)</source>
        <translation>Sent within 20 s when someone opens the chat (empty: no welcome)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="64"/>
        <source>Sent when an operator ends the session</source>
        <translation>Sent when an operator ends the session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="67"/>
        <source>Save texts</source>
        <translation>Save texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="71"/>
        <source>scene, e.g. poster_1212</source>
        <translation>scene, e.g. poster_1212</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="73"/>
        <source>where it is used, e.g. 门店海报</source>
        <translation>where it is used, e.g. 门店海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="74"/>
        <source>Create link</source>
        <translation>Create link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="78"/>
        <source>Save QR code (PNG)…</source>
        <translation>Save QR code (PNG)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="86"/>
        <source>WeCom app</source>
        <translation>WeCom app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="87"/>
        <source>客服账号</source>
        <translation>客服账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="89"/>
        <source>Served account</source>
        <translation>Served account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="90"/>
        <source>Welcome journey</source>
        <translation>Welcome journey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="91"/>
        <source>Welcome text</source>
        <translation>Welcome text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="92"/>
        <source>Closing words (结束语)</source>
        <translation>Closing words (结束语)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="98"/>
        <source>New contact link</source>
        <translation>New contact link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="99"/>
        <source>Contact links</source>
        <translation>Contact links</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="121"/>
        <source>None: send the welcome text</source>
        <translation>None: send the welcome text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="128"/>
        <source>Add a WeCom app account first (Accounts…).</source>
        <translation>Add a WeCom app account first (Accounts…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="163"/>
        <source>%1 · %2 · %3 conversations</source>
        <translation>%1 · %2 · %3 conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="178"/>
        <source>Asking WeCom…</source>
        <translation>Asking WeCom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="194"/>
        <source>WeCom lists no 客服账号 this app may manage (微信客服 → API).</source>
        <translation>WeCom lists no 客服账号 this app may manage (微信客服 → API).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="237"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="260"/>
        <source>Pick a contact link first.</source>
        <translation>Pick a contact link first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="264"/>
        <source>Save QR code</source>
        <translation>Save QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="272"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="274"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>WeComAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="110"/>
        <source>WeCom app</source>
        <translation>WeCom app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="112"/>
        <source>Corp ID</source>
        <translation>Corp ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="113"/>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="163"/>
        <source>AgentId (app ID)</source>
        <translation>AgentId (app ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="114"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="115"/>
        <source>Callback token</source>
        <translation>Callback token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="116"/>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="117"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="120"/>
        <source>The app needs the 客户联系 permission. Apps created after 2022-06-20 answer only from trusted IPs: run the worker on the team server, or add this computer&apos;s IP to the app&apos;s trusted IPs. Secrets are kept in the system keyring; leave them empty to keep the stored ones.</source>
        <translation>The app needs the 客户联系 permission. Apps created after 2022-06-20 answer only from trusted IPs: run the worker on the team server, or add this computer&apos;s IP to the app&apos;s trusted IPs. Secrets are kept in the system keyring; leave them empty to keep the stored ones.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="161"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="162"/>
        <source>corp ID (starts with ww or wx)</source>
        <translation>corp ID (starts with ww or wx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="164"/>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="165"/>
        <source>EncodingAESKey (43 letters and digits)</source>
        <translation>EncodingAESKey (43 letters and digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="166"/>
        <source>callback token</source>
        <translation>callback token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="167"/>
        <source>server address</source>
        <translation>server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="170"/>
        <source>Please check: %1</source>
        <translation>Please check: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="172"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="178"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="188"/>
        <source>Connected: token fetched and customer groups readable.</source>
        <translation>Connected: token fetched and customer groups readable.</translation>
    </message>
</context>
<context>
    <name>WeComPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="149"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="150"/>
        <source>Link to this group</source>
        <translation>Link to this group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <source>Customer group</source>
        <translation>Customer group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="154"/>
        <source>群发 tasks waiting for the owner</source>
        <translation>群发 tasks waiting for the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Reminders left</source>
        <translation>Reminders left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="158"/>
        <source>Remind owner</source>
        <translation>Remind owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="159"/>
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="160"/>
        <source>Welcome template and 群活码</source>
        <translation>Welcome template and 群活码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="161"/>
        <source>Keep welcome in WeCom</source>
        <translation>Keep welcome in WeCom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="162"/>
        <source>Source tag for new members (≤ 30 characters)</source>
        <translation>Source tag for new members (≤ 30 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="163"/>
        <source>When full, next group&apos;s name (optional)</source>
        <translation>When full, next group&apos;s name (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="164"/>
        <source>Make 群活码</source>
        <translation>Make 群活码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="165"/>
        <source>Save QR as PNG…</source>
        <translation>Save QR as PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="188"/>
        <source>No WeCom app yet: add one under Sending → Channel accounts…</source>
        <translation>No WeCom app yet: add one under Sending → Channel accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="213"/>
        <source>this group</source>
        <translation>this group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="215"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="225"/>
        <source>%1 customer groups; %2 tasks waiting for confirmation.</source>
        <translation>%1 customer groups; %2 tasks waiting for confirmation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="233"/>
        <source>Not linked to a WeCom customer group yet.</source>
        <translation>Not linked to a WeCom customer group yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="235"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="237"/>
        <source>Owner %1. Welcome template: %2. {name} becomes %NICKNAME%.</source>
        <translation>Owner %1. Welcome template: %2. {name} becomes %NICKNAME%.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="257"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="264"/>
        <source>Synced %1 groups: %2 joined, %3 left.</source>
        <translation>Synced %1 groups: %2 joined, %3 left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="284"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="285"/>
        <source>Linked. Name rule: %1</source>
        <translation>Linked. Name rule: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="301"/>
        <source>Owner reminded.</source>
        <translation>Owner reminded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="312"/>
        <source>Task cancelled.</source>
        <translation>Task cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="320"/>
        <source>Welcome kept in WeCom.</source>
        <translation>Welcome kept in WeCom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="363"/>
        <source>Save QR</source>
        <translation>Save QR</translation>
    </message>
</context>
<context>
    <name>WeComProblems</name>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="19"/>
        <source>Bad secret: the app&apos;s Secret is wrong or was reset; copy it again.</source>
        <translation>Bad secret: the app&apos;s Secret is wrong or was reset; copy it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="22"/>
        <source>Bad corp ID: copy it from 我的企业.</source>
        <translation>Bad corp ID: copy it from 我的企业.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="23"/>
        <source>The access token was refused; it is fetched again.</source>
        <translation>The access token was refused; it is fetched again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="26"/>
        <source>Bad AgentId: it does not belong to this corp.</source>
        <translation>Bad AgentId: it does not belong to this corp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="29"/>
        <source>No secret: the app&apos;s Secret is empty.</source>
        <translation>No secret: the app&apos;s Secret is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="30"/>
        <source>The access token expired; it is fetched again.</source>
        <translation>The access token expired; it is fetched again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="33"/>
        <source>WeCom&apos;s rate limit was hit: too many calls to this API for the corp; the app waits and tries again.</source>
        <translation>WeCom&apos;s rate limit was hit: too many calls to this API for the corp; the app waits and tries again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="38"/>
        <source>No 客户联系 permission: add this app under 客户联系 → API → 可调用接口的应用 in the admin console.</source>
        <translation>No 客户联系 permission: add this app under 客户联系 → API → 可调用接口的应用 in the admin console.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="43"/>
        <source>IP not trusted: this computer&apos;s IP is not in the app&apos;s trusted IPs; run the worker on the team server or add this IP.</source>
        <translation>IP not trusted: this computer&apos;s IP is not in the app&apos;s trusted IPs; run the worker on the team server or add this IP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="48"/>
        <source>Outside the app&apos;s visible range: add the member to the app&apos;s 可见范围.</source>
        <translation>Outside the app&apos;s visible range: add the member to the app&apos;s 可见范围.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="52"/>
        <source>Too many people visible to the app: groups are listed owner by owner.</source>
        <translation>Too many people visible to the app: groups are listed owner by owner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="56"/>
        <source>The welcome code was already used or has expired: a welcome can be sent once, within 20 s of the contact being added.</source>
        <translation>The welcome code was already used or has expired: a welcome can be sent once, within 20 s of the contact being added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="61"/>
        <source>The message is still being sent: try again in a moment.</source>
        <translation>The message is still being sent: try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="64"/>
        <source>Nothing left to send: the task was already sent or cancelled.</source>
        <translation>Nothing left to send: the task was already sent or cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="67"/>
        <source>Too many concurrent calls: the app waits and tries again.</source>
        <translation>Too many concurrent calls: the app waits and tries again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="70"/>
        <source>Not an owner: the sender is not the owner of every group in the task.</source>
        <translation>Not an owner: the sender is not the owner of every group in the task.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="74"/>
        <source>WeCom is busy: the app tries again.</source>
        <translation>WeCom is busy: the app tries again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="81"/>
        <source>No answer from WeCom; the call may have taken effect, so it is checked before trying again: %1</source>
        <translation>No answer from WeCom; the call may have taken effect, so it is checked before trying again: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="87"/>
        <source>Cannot reach WeCom: %1</source>
        <translation>Cannot reach WeCom: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="93"/>
        <source>WeCom error %1: %2</source>
        <translation>WeCom error %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="98"/>
        <source>%1 (WeCom %2)</source>
        <translation>%1 (WeCom %2)</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="166"/>
        <source>Double-click to plan a post here</source>
        <translation>Double-click to plan a post here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="196"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="201"/>
        <source>Marketing heavy</source>
        <translation>Marketing heavy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="224"/>
        <source>Working day (%1)</source>
        <translation>Working day (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="230"/>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="241"/>
        <source>Computed by rule; the official dates are not announced yet.</source>
        <translation>Computed by rule; the official dates are not announced yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="253"/>
        <source>%n post(s) on this day</source>
        <translation>%n post(s) on this day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="257"/>
        <source>Marketing is %1% of this day&apos;s posts, above the %2% limit.</source>
        <translation>Marketing is %1% of this day&apos;s posts, above the %2% limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="270"/>
        <source>Drop a post here to move it to this day at the same time.</source>
        <translation>Drop a post here to move it to this day at the same time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="283"/>
        <source>Repeats weekly</source>
        <translation>Repeats weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="285"/>
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>No target group is checked: the post will not be sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="289"/>
        <source>Sent posts stay where they were sent.</source>
        <translation>Sent posts stay where they were sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="306"/>
        <source>Another post goes to %1 in the same slot.</source>
        <translation>Another post goes to %1 in the same slot.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="310"/>
        <source>This time is inside the workspace&apos;s quiet hours.</source>
        <translation>This time is inside the workspace&apos;s quiet hours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="313"/>
        <source>%1 is archived (or closes) before this day.</source>
        <translation>%1 is archived (or closes) before this day.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="115"/>
        <source>This member is not in a welcome journey.</source>
        <translation>This member is not in a welcome journey.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="118"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="118"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="118"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="122"/>
        <source>Code the member gave you (6 digits)</source>
        <translation>Code the member gave you (6 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="123"/>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="124"/>
        <source>Resend code</source>
        <translation>Resend code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="125"/>
        <source>Interaction tasks</source>
        <translation>Interaction tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="152"/>
        <source>This did not work: %1</source>
        <translation>This did not work: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="157"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="159"/>
        <source>Locked after too many wrong codes</source>
        <translation>Locked after too many wrong codes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="161"/>
        <source>Expired without an answer — possibly a bot</source>
        <translation>Expired without an answer — possibly a bot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/welcome_page.py" line="163"/>
        <source>Waiting for the code: %n try(s) left</source>
        <translation>
            <numerusform>Waiting for the code: %n try left</numerusform>
            <numerusform>Waiting for the code: %n trys left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="165"/>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="169"/>
        <source>No code sent yet</source>
        <translation>No code sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="176"/>
        <source>side %1</source>
        <translation>side %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="180"/>
        <source>%1 of %2 steps reached</source>
        <translation>%1 of %2 steps reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="185"/>
        <source>last: %1</source>
        <translation>last: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="187"/>
        <source>next: %1</source>
        <translation>next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="189"/>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="204"/>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="206"/>
        <source>The tasks appear when the member reaches that step.</source>
        <translation>The tasks appear when the member reaches that step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="215"/>
        <source>Enter the code first.</source>
        <translation>Enter the code first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="227"/>
        <source>Verified: the journey continues.</source>
        <translation>Verified: the journey continues.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/welcome_page.py" line="229"/>
        <source>Wrong code: %n try(s) left.</source>
        <translation>
            <numerusform>Wrong code: %n try left.</numerusform>
            <numerusform>Wrong code: %n trys left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="231"/>
        <source>Wrong code: verification is now locked.</source>
        <translation>Wrong code: verification is now locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="233"/>
        <source>The code has expired: send a new one.</source>
        <translation>The code has expired: send a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="235"/>
        <source>Already verified.</source>
        <translation>Already verified.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="237"/>
        <location filename="../../desktop/ui/members/welcome_page.py" line="257"/>
        <source>This member has no open code.</source>
        <translation>This member has no open code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="250"/>
        <source>Too many resends: try again after %1</source>
        <translation>Too many resends: try again after %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="253"/>
        <source>A new code is on its way.</source>
        <translation>A new code is on its way.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="271"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="45"/>
        <source>Sending: waiting for the workspace</source>
        <translation>Sending: waiting for the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="47"/>
        <source>Sending: paused</source>
        <translation>Sending: paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="49"/>
        <source>Sending: stopped</source>
        <translation>Sending: stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="54"/>
        <source>Sending: %1 waiting for a mail account</source>
        <translation>Sending: %1 waiting for a mail account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="58"/>
        <source>Sending: %1 waiting for a channel account</source>
        <translation>Sending: %1 waiting for a channel account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="62"/>
        <source>Sending: running</source>
        <translation>Sending: running</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="66"/>
        <source>%1 due</source>
        <translation>%1 due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="70"/>
        <source>%1 sending</source>
        <translation>%1 sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="79"/>
        <source>last error: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="134"/>
        <source>Click to open the outbox.</source>
        <translation>Click to open the outbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="137"/>
        <source>Last error (%1): %2</source>
        <translation>Last error (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="143"/>
        <source>This session: %1 sent, %2 failed</source>
        <translation>This session: %1 sent, %2 failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="149"/>
        <source>Set up or fix the account under Sending → Channel accounts…</source>
        <translation>Set up or fix the account under Sending → Channel accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="165"/>
        <source>Open the outbox…</source>
        <translation>Open the outbox…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="166"/>
        <source>Pause sending</source>
        <translation>Pause sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="167"/>
        <source>Sending worker</source>
        <translation>Sending worker</translation>
    </message>
</context>
</TS>
