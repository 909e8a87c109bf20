<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="42"/>
        <source>Not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="43"/>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="44"/>
        <source>Sign-in refused: fix the user name or password</source>
        <translation>登录被拒绝：请检查用户名或密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="47"/>
        <source>Needs its password</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="50"/>
        <source>Settings unusable</source>
        <translation>设置无法使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="160"/>
        <source>Channel accounts</source>
        <translation>渠道账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="163"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="164"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="165"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="167"/>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="170"/>
        <source>Add email account…</source>
        <translation>添加邮箱账号…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="171"/>
        <source>Add Matrix account…</source>
        <translation>添加 Matrix 账号…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="172"/>
        <source>Add WeCom app…</source>
        <translation>添加企业微信应用…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="173"/>
        <source>Add group robot…</source>
        <translation>添加群机器人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="174"/>
        <source>Group robots…</source>
        <translation>群机器人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="175"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="176"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="218"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="242"/>
        <location filename="../../desktop/ui/accounts/dialog.py" line="247"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="244"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="245"/>
        <source>Disconnected, retrying</source>
        <translation>连接断开，正在重试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="246"/>
        <source>Sign-in refused: sign in again</source>
        <translation>登录被拒绝：请重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="249"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="252"/>
        <source>Could not read the accounts: %1</source>
        <translation>无法读取账号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="275"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="275"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="317"/>
        <source>Signed in; the account is saved.</source>
        <translation>已登录，账号已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="310"/>
        <location filename="../../desktop/ui/accounts/dialog.py" line="330"/>
        <source>Account saved.</source>
        <translation>账号已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="355"/>
        <source>Delete account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/dialog.py" line="356"/>
        <source>Delete the account “%1” and its saved password?</source>
        <translation>删除账号“%1”及其保存的密码？</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <source>Week of</source>
        <translation>周（周一）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="146"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="146"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="126"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="150"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="137"/>
        <source>%1 (this week)</source>
        <translation>%1（本周）</translation>
    </message>
</context>
<context>
    <name>AnnouncementPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="113"/>
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="114"/>
        <source>Welcome message</source>
        <translation>入群欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="136"/>
        <source>Poster image</source>
        <translation>海报图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="136"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="144"/>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="145"/>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="146"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="151"/>
        <source>Give the file, page or address.</source>
        <translation>请填写文件、页面或地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="153"/>
        <source>A poster must be an image (png, jpg, gif, webp).</source>
        <translation>海报必须是图片（png、jpg、gif、webp）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="155"/>
        <source>A link must start with http:// or https://.</source>
        <translation>链接必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="157"/>
        <source>A mini-program is its AppID (wx + 16 characters), optionally /page/path.</source>
        <translation>小程序填写 AppID（wx 加 16 个字符），可附 /页面/路径。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="159"/>
        <source>At most 5 attachments.</source>
        <translation>最多 5 个附件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="174"/>
        <source>File, https:// address or mini-program AppID</source>
        <translation>文件、https:// 地址或小程序 AppID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="175"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="176"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="177"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/announcement_panel.py" line="178"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="36"/>
        <source>Attach journey to groups</source>
        <translation>把欢迎流程关联到群组</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="51"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="53"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="54"/>
        <source>Poster…</source>
        <translation>海报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="55"/>
        <source>Voice file…</source>
        <translation>语音文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="56"/>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="58"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="94"/>
        <source>Posters (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>海报 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="95"/>
        <source>Voice files (*.mp3 *.m4a *.amr *.wav *.ogg)</source>
        <translation>语音文件 (*.mp3 *.m4a *.amr *.wav *.ogg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="97"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="105"/>
        <source>Add a link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="106"/>
        <source>Address (https://…)</source>
        <translation>地址（https://…）</translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="123"/>
        <source>(all members)</source>
        <translation>（全部成员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="133"/>
        <source>Members must be silent before they count as churned.</source>
        <translation>成员须先进入沉默，才会被算作流失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="138"/>
        <source>%1 members changed lifecycle.</source>
        <translation>%1 位成员的生命周期已更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="158"/>
        <source>Give a name, a time (HH:MM) and a template whose {variables} are known.</source>
        <translation>请填写名称、时间（时:分）和只含已知 {变量} 的模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="161"/>
        <source>Greeting saved.</source>
        <translation>问候规则已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="168"/>
        <source>%1 greetings queued in the outbox for today.</source>
        <translation>今天的 %1 条问候已放入发件箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="178"/>
        <source>Member rules</source>
        <translation>成员规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="179"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="180"/>
        <source>Greetings</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="181"/>
        <source>Silent after (days without interaction)</source>
        <translation>多少天无互动后算沉默</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="182"/>
        <source>Churned after (days)</source>
        <translation>多少天后算流失</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="183"/>
        <source>Save and apply now</source>
        <translation>保存并立即应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="186"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="186"/>
        <source>Periodic</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="193"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="194"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="195"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="196"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="197"/>
        <source>Template ({name})</source>
        <translation>模板（{name}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="198"/>
        <source>Time of day</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="199"/>
        <source>Every (days, periodic)</source>
        <translation>间隔（天，定期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="200"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="204"/>
        <source>Save greeting</source>
        <translation>保存问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/automation_dialog.py" line="205"/>
        <source>Queue today&apos;s greetings</source>
        <translation>排入今天的问候</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="110"/>
        <source>Search drafts and materials</source>
        <translation>搜索草稿和物料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="111"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="112"/>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="114"/>
        <source>Drag onto a slot to plan it, or press Enter to plan it in the current cell.</source>
        <translation>拖到某个时段即可安排，或按 Enter 安排到当前格子。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="122"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="169"/>
        <source>Drafts (%1)</source>
        <translation>草稿（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="171"/>
        <source>Materials (%1)</source>
        <translation>物料（%1）</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="83"/>
        <source>Plan %n draft(s)</source>
        <translation>
            <numerusform>安排 %n 条草稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="158"/>
        <location filename="../../desktop/ui/calendar/actions.py" line="169"/>
        <location filename="../../desktop/ui/calendar/actions.py" line="205"/>
        <source>Sent posts stay where they were sent.</source>
        <translation>已发送的推送不能移动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="173"/>
        <source>Copy %n post(s)</source>
        <translation>
            <numerusform>复制 %n 条推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="178"/>
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>移动 %n 条推送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="201"/>
        <source>A teammate just changed this post; nothing was moved. Look again.</source>
        <translation>同事刚刚改过这条帖子，未做移动。请再看一下。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="207"/>
        <location filename="../../desktop/ui/calendar/actions.py" line="313"/>
        <source>The change was not saved: %1</source>
        <translation>更改未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="220"/>
        <source>Plan material</source>
        <translation>用物料安排推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="230"/>
        <source>Plan into the past?</source>
        <translation>安排到过去的时间？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="231"/>
        <source>This puts a post at a time that has already passed. Continue?</source>
        <translation>这会把推送安排到已经过去的时间。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="253"/>
        <source>Delete “%1”? Ctrl+Z brings it back.</source>
        <translation>删除“%1”？按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="257"/>
        <source>Delete %n posts? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>删除 %n 条推送？按 Ctrl+Z 可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="260"/>
        <source>Delete post</source>
        <translation>删除推送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="276"/>
        <source>Delete %n post(s)</source>
        <translation>
            <numerusform>删除 %n 条推送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="289"/>
        <source>Nothing planned this week waits to be scheduled.</source>
        <translation>本周没有等待排期的推送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="291"/>
        <source>Schedule week</source>
        <translation>排期本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="295"/>
        <source>“%1” has no target group and was not scheduled.</source>
        <translation>“%1”没有目标群组，未排期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="299"/>
        <source>“%1” is in the past and was not scheduled.</source>
        <translation>“%1”的时间已过，未排期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/actions.py" line="303"/>
        <source>“%1” is too long for a group robot and was not scheduled: %2</source>
        <translation>“%1”超出群机器人的长度限制，未排期：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="308"/>
        <source>Scheduled %n post(s)</source>
        <translation>
            <numerusform>已排期 %n 条推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/actions.py" line="309"/>
        <source>(%n delivery(ies) in the outbox).</source>
        <translation>
            <numerusform>（发件箱中 %n 条待发送）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="179"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="180"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="181"/>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="182"/>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="34"/>
        <source>Norms</source>
        <translation>规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="35"/>
        <source>Value</source>
        <translation>干货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="36"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="37"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="44"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="45"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="46"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="47"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="48"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="49"/>
        <source>Manual to-do</source>
        <translation>待手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="57"/>
        <source>No target group</source>
        <translation>没有目标群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="59"/>
        <source>%n group(s)</source>
        <translation>%n 个群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="73"/>
        <source>WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the month: choose another month or leave this group out.</source>
        <translation>企业微信群“%1”在 %3 已有 %2 条群发任务（每月每天最多一条）：请换一个月份，或不发这个群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="79"/>
        <source>WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the month: nothing was changed.</source>
        <translation>企业微信群“%1”在 %3 已有 %2 条群发任务（每月每天最多一条），未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="106"/>
        <source>Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.
Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or Alt+Shift+Up/Down) moves the selection to the previous/next slot, Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day.</source>
        <translation>拖动卡片可移动，按住 Ctrl 拖动可复制，Ctrl+单击可多选。
键盘：方向键在格子和卡片间移动；Ctrl+Alt+上/下（或 Alt+Shift+上/下）把选中的推送移到上一个/下一个时段，Ctrl+Alt+左/右（或 Alt+Shift+左/右）移到前一天/后一天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="239"/>
        <source>The calendar could not be read: %1</source>
        <translation>无法读取日历：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="246"/>
        <source>The change was not saved: %1</source>
        <translation>更改未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="288"/>
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="305"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>本周 %n 条推送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="312"/>
        <source>Marketing is %1% of this week&apos;s posts, above the %2% limit.</source>
        <translation>本周营销类推送占 %1%，超过了 %2% 的上限。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="330"/>
        <source>⚠ %n conflict(s) this week (cards marked ⚠; hover for details):</source>
        <translation>
            <numerusform>⚠ 本周有 %n 处冲突（卡片上标有 ⚠，悬停查看详情）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="108"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="109"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="110"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="112"/>
        <source>Jump to the week of a date: type it (2027-01-01) and press Enter</source>
        <translation>跳到某天所在的一周：输入日期（如 2027-01-01）后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="114"/>
        <source>Groups:</source>
        <translation>群组：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="115"/>
        <source>New post…</source>
        <translation>新建推送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="116"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="117"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="118"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="119"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="120"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="121"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="122"/>
        <source>Schedule week</source>
        <translation>排期本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="124"/>
        <source>Turn this week&apos;s planned posts into outbox deliveries, one per group</source>
        <translation>把本周已计划的推送放入发件箱，每个群一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="126"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="129"/>
        <source>Excel push table…</source>
        <translation>Excel 推送表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="130"/>
        <source>CSV push table…</source>
        <translation>CSV 推送表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="131"/>
        <source>iCalendar…</source>
        <translation>iCalendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="134"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/toolbar.py" line="135"/>
        <source>Import a push table from Excel as planned posts</source>
        <translation>从 Excel 推送表导入为已计划的推送</translation>
    </message>
</context>
<context>
    <name>CampaignEntriesView</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="69"/>
        <source>Use it</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="70"/>
        <source>Do not use</source>
        <translation>不采用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="72"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="72"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="72"/>
        <source>Chosen</source>
        <translation>选择人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="87"/>
        <source>Sent</source>
        <translation>发来的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="115"/>
        <source>Choose a campaign, or make a new one.</source>
        <translation>选择一个活动，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="117"/>
        <source>Nobody has taken part yet.</source>
        <translation>还没有人参加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="120"/>
        <source>%1 members took part, %2 answered every question.</source>
        <translation>%1 人参加，%2 人答完了全部问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="126"/>
        <source>%1 entries, %2 chosen for use.</source>
        <translation>共 %1 份投稿，已采用 %2 份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="130"/>
        <source>%1 members in the draw.</source>
        <translation>%1 人参加抽奖。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="132"/>
        <source>Drawn on %1 with seed %2: %3 winners (in bold).</source>
        <translation>%1 开奖，种子 %2：%3 位中奖者（粗体）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="139"/>
        <source>Winner</source>
        <translation>中奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="143"/>
        <source>Used</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="143"/>
        <source>Not used</source>
        <translation>未采用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="142"/>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="145"/>
        <source>Waiting for answers</source>
        <translation>等待回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="147"/>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_entries.py" line="148"/>
        <source>Entered</source>
        <translation>已参加</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="104"/>
        <source>Survey (问卷)</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="105"/>
        <source>Lottery (抽奖)</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="106"/>
        <source>Collection (征集)</source>
        <translation>征集（晒单、故事）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="110"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="153"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="111"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="144"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="112"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="145"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="113"/>
        <source>what members write to take part, e.g. 抽奖</source>
        <translation>成员私信里写这个词即参加，例如 抽奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="114"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="146"/>
        <source>Answer on entry</source>
        <translation>参加后的自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="115"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="148"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="118"/>
        <source>One question per line; options after |, e.g.
你最常点哪款？|拿铁|美式|手冲
还想喝到什么？</source>
        <translation>每行一个问题，选项写在 | 后面，例如：
你最常点哪款？|拿铁|美式|手冲
还想喝到什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="123"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="151"/>
        <source>Answer when complete</source>
        <translation>答完后的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="124"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="152"/>
        <source>Answer when unclear</source>
        <translation>没看懂时的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="126"/>
        <source>{missing}: the questions not understood; {hint}: an example answer</source>
        <translation>{missing}：没看懂的题号；{hint}：回答示例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="128"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="149"/>
        <source>Winners</source>
        <translation>中奖人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="129"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="147"/>
        <source>Message to winners</source>
        <translation>中奖通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="130"/>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="150"/>
        <source>Runs</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="131"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="132"/>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="135"/>
        <source>{name} is the member&apos;s name, {campaign} the campaign&apos;s. Members take part by writing the keyword at the start of a DM, by mail or Matrix.</source>
        <translation>{name} 是成员的称呼，{campaign} 是活动名称。成员在私信（邮件或 Matrix）开头写上关键词即可参加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="156"/>
        <source>empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="157"/>
        <source>unknown variable</source>
        <translation>未知变量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="158"/>
        <source>a { is not closed</source>
        <translation>有一个 { 没有闭合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="159"/>
        <source>a } without {</source>
        <translation>有一个多余的 }</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="160"/>
        <source>a placeholder that is not a variable</source>
        <translation>占位符不是变量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="161"/>
        <source>at least one</source>
        <translation>至少一个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="162"/>
        <source>a survey needs at least one question</source>
        <translation>问卷至少要有一个问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="163"/>
        <source>the end is not after the start</source>
        <translation>结束时间不晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="165"/>
        <source>cannot change once members entered</source>
        <translation>已有人参加，不能再改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="167"/>
        <source>members writing it would unsubscribe (退订, TD…)</source>
        <translation>成员写这个词会被当作退订（退订、TD…）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="171"/>
        <source>already used by %1</source>
        <translation>已被 %1 使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="201"/>
        <source>Congratulations {name}! You won in 「{campaign}」. We will be in touch.</source>
        <translation>恭喜{name}！你在「{campaign}」中奖了，我们会私信联系你。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="205"/>
        <source>Thank you {name}! Please answer these questions:</source>
        <translation>谢谢{name}！请回答下面的问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="207"/>
        <source>Thank you {name}, we received your entry to 「{campaign}」!</source>
        <translation>谢谢{name}，已收到你参加「{campaign}」的投稿！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_form.py" line="208"/>
        <source>{name}, you are in the draw of 「{campaign}」. Winners hear from us here.</source>
        <translation>{name}，已为你登记「{campaign}」抽奖，开奖后在这里通知中奖者。</translation>
    </message>
</context>
<context>
    <name>CampaignReminderBar</name>
    <message>
        <location filename="../../desktop/ui/groups/reminder_bar.py" line="36"/>
        <source>%1 campaign group(s) ended 3 or more days ago and should be archived: %2</source>
        <translation>%1 个活动群已结束 3 天以上，应当归档：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/reminder_bar.py" line="40"/>
        <source>Archive now</source>
        <translation>立即归档</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="134"/>
        <source>DM campaigns</source>
        <translation>私信活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="135"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="136"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="137"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="138"/>
        <source>Draw winners…</source>
        <translation>开奖…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="139"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="140"/>
        <source>Send to a segment…</source>
        <translation>发给分群…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="141"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="142"/>
        <source>Entries</source>
        <translation>参加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="165"/>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="166"/>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="167"/>
        <source>Collection</source>
        <translation>征集</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="170"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="171"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="172"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="174"/>
        <source>%n taking part</source>
        <translation>
            <numerusform>%n 人参加</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="218"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="218"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="256"/>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="257"/>
        <source>Delete 「%1」 and the %2 entries members sent it?</source>
        <translation>删除「%1」以及成员发来的 %2 条参加记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="275"/>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="289"/>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="295"/>
        <source>Draw winners</source>
        <translation>开奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="277"/>
        <source>Draw %1 winners among the %2 members who entered 「%3」? The campaign ends, and each winner is told in their DM.</source>
        <translation>从参加「%3」的 %2 人中抽出 %1 位中奖者？活动随即结束，并私信通知每位中奖者。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="296"/>
        <source>Winners: %1</source>
        <translation>中奖者：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="306"/>
        <source>This lottery has been drawn already.</source>
        <translation>这个抽奖已经开过奖了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="307"/>
        <source>Nobody who entered can win yet.</source>
        <translation>还没有可以中奖的参加者。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="325"/>
        <source>Export entries</source>
        <translation>导出参加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="327"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="333"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="334"/>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="335"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="336"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="337"/>
        <source>Sent</source>
        <translation>发来的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="338"/>
        <source>Winner</source>
        <translation>中奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaigns_dialog.py" line="339"/>
        <source>Used</source>
        <translation>已采用</translation>
    </message>
</context>
<context>
    <name>CannedRepliesPage</name>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="38"/>
        <source>Give the reply a shortcut without spaces, like refund.</source>
        <translation>请给话术设置一个不含空格的快捷词，例如 refund。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="44"/>
        <source>Another canned reply already uses this shortcut.</source>
        <translation>已有话术使用这个快捷词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="52"/>
        <source>Variables you can use: %1</source>
        <translation>可用变量：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="114"/>
        <source>Shortcut:</source>
        <translation>快捷词：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="115"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="116"/>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="117"/>
        <source>e.g. refund — typed as /refund</source>
        <translation>例如 refund —— 输入 /refund 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="118"/>
        <source>Marketing reply (checks consent before sending)</source>
        <translation>营销回复（发送前检查同意记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="120"/>
        <source>Variables filled from the member: %1</source>
        <translation>按成员填充的变量：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="121"/>
        <source>New reply</source>
        <translation>新话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="122"/>
        <source>Save reply</source>
        <translation>保存话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="123"/>
        <source>Delete reply</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/canned_page.py" line="171"/>
        <source>Canned reply saved.</source>
        <translation>话术已保存。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="73"/>
        <source>Someone saved this first</source>
        <translation>有人先保存了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="80"/>
        <source>%1 saved a newer version while you were editing.</source>
        <translation>你编辑期间，%1 保存了更新的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="82"/>
        <source>A teammate saved a newer version while you were editing.</source>
        <translation>你编辑期间，同事保存了更新的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="89"/>
        <source>You both changed the highlighted fields: choose which value to keep for each. Changes only one of you made are already chosen.</source>
        <translation>你们都改过标黄的字段：请逐项选择保留哪个值。只有一方改过的字段已经替你选好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="94"/>
        <source>Choose, field by field, what to keep.</source>
        <translation>请逐项选择要保留的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <location filename="../../desktop/ui/compare_dialog.py" line="167"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="102"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="122"/>
        <source>Drop your changes; their copy stays as saved</source>
        <translation>放弃你的修改；保留对方已保存的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="125"/>
        <source>Your value wherever you changed something; their other changes stay</source>
        <translation>你改过的字段用你的值；对方改的其他字段保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="155"/>
        <source>When you opened it: %1</source>
        <translation>你打开时：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="166"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="183"/>
        <source>Only they changed it</source>
        <translation>只有对方改过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="185"/>
        <source>Only you changed it</source>
        <translation>只有你改过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="187"/>
        <source>You both changed it: choose</source>
        <translation>双方都改过：请选择</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/compare_dialog.py" line="199"/>
        <source>Choose theirs or mine for %n highlighted field(s) to save the merge.</source>
        <translation>
            <numerusform>还有 %n 个标黄字段需选择对方的或我的，才能保存合并结果。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="260"/>
        <source>Saved. %2 had saved this meanwhile: their changes to %1 were kept together with yours.</source>
        <translation>已保存。期间 %2 也保存过：已同时保留对方对%1的修改和你的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="268"/>
        <source>Saved. A teammate had saved this meanwhile: their changes to %1 were kept together with yours.</source>
        <translation>已保存。期间同事也保存过：已同时保留对方对%1的修改和你的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="274"/>
        <source>Saved. %1 had saved this meanwhile, without touching what you changed: both are kept.</source>
        <translation>已保存。期间 %1 也保存过，但没有改动你改的内容：双方的修改都已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="278"/>
        <source>Saved. A teammate had saved this meanwhile, without touching what you changed: both are kept.</source>
        <translation>已保存。期间同事也保存过，但没有改动你改的内容：双方的修改都已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="121"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="123"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="127"/>
        <source>Save the merge</source>
        <translation>保存合并结果</translation>
    </message>
</context>
<context>
    <name>CompareValues</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="286"/>
        <location filename="../../desktop/ui/compare_values.py" line="72"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="59"/>
        <source>Weekly on %1 until %2</source>
        <translation>每周%1，直到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="77"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="80"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="82"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_values.py" line="97"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="45"/>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="100"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="47"/>
        <source>The database {path} was written by a newer version of Shequn Desk. Please update the app. The file was not changed.</source>
        <translation>数据库 {path} 是由更新版本的社群运营台写入的，请先升级应用。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="53"/>
        <source>The database {path} is damaged or is not a Shequn Desk database. The file was not changed.</source>
        <translation>数据库 {path} 已损坏，或不是社群运营台的数据库。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="62"/>
        <source>Open a backup…</source>
        <translation>打开备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="67"/>
        <source>Start a new workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="72"/>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="114"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="83"/>
        <source>Open a backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="84"/>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="102"/>
        <source>The team database could not be reached, so nothing was opened or changed. Check the network or ask whoever runs the database server, then try again.</source>
        <translation>无法连接团队数据库，因此没有打开或修改任何内容。请检查网络，或联系数据库服务器的管理员，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="110"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>DelayTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="37"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="40"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="43"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/labels.py" line="46"/>
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>……还有 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteRequestsDialog</name>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="46"/>
        <source>Deletion requests</source>
        <translation>删除申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="53"/>
        <source>Members asked on their pages to have their data deleted. Confirming erases the member for good; the audit log records who confirmed.</source>
        <translation>成员在个人页面申请删除自己的资料。确认后将永久删除该成员，审计日志会记录由谁确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="59"/>
        <source>No requests are waiting.</source>
        <translation>没有待处理的申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="61"/>
        <source>Erase member…</source>
        <translation>删除成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="62"/>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="106"/>
        <source>Erase member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="107"/>
        <source>Erase %1 now? This cannot be undone.</source>
        <translation>现在删除 %1？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delete_requests_dialog.py" line="130"/>
        <source>That did not work: %1</source>
        <translation>操作失败：%1</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="63"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="64"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>EmailAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="176"/>
        <source>Edit email account</source>
        <translation>编辑邮箱账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="176"/>
        <source>Add email account</source>
        <translation>添加邮箱账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="179"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="180"/>
        <source>From address:</source>
        <translation>发件地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="181"/>
        <source>From name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="182"/>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="183"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="184"/>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="185"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="186"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="191"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="192"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS（端口 465）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="193"/>
        <source>None (local relay only)</source>
        <translation>不加密（仅限本地中继）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="197"/>
        <source>e.g. Club newsletter</source>
        <translation>例如：会员通讯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="201"/>
        <source>Leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="203"/>
        <source>Stored in the system keyring, never in the database</source>
        <translation>保存在系统钥匙串中，绝不写入数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="204"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="263"/>
        <source>Give the account a name.</source>
        <translation>请给账号起个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="264"/>
        <source>Enter the address mail is sent from, like club@example.org.</source>
        <translation>请输入发件地址，例如 club@example.org。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="265"/>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation>请输入 SMTP 服务器的主机名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="266"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="289"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="301"/>
        <source>Connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="306"/>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="343"/>
        <source>Please fix: %1</source>
        <translation>请修正：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/editor.py" line="347"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="55"/>
        <source>Erase member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="58"/>
        <source>This removes %1&apos;s name, contacts, birthday, notes, tags, consent and the texts of their messages for good. Group and campaign counts keep them as an anonymous member. Type the member&apos;s name to confirm.</source>
        <translation>这会永久删除 %1 的姓名、联系方式、生日、备注、标签、同意记录和消息正文。群组和活动统计中会保留为一位匿名成员。请输入该成员的姓名以确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="64"/>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/erase_dialog.py" line="87"/>
        <source>The member was not erased: %1</source>
        <translation>成员未被删除：%1</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="78"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="80"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="81"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="82"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="83"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="87"/>
        <source>Compare A/B variants</source>
        <translation>对比 A/B 版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="90"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="91"/>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="92"/>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="182"/>
        <source>Reached</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="93"/>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="183"/>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="94"/>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="184"/>
        <source>Dropped</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="95"/>
        <source>Median time from previous</source>
        <translation>距上一步的中位时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="98"/>
        <source>Welcome funnel</source>
        <translation>欢迎漏斗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="101"/>
        <source>No data yet: once members join and receive the first step, each step&apos;s reached and completed counts appear here.</source>
        <translation>还没有数据：成员加入并收到第一步后，这里会显示每一步的到达和完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="145"/>
        <source>Could not count the funnel: %1</source>
        <translation>无法统计漏斗：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="151"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="153"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/funnel_view.py" line="154"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <location filename="../../desktop/ui/calendar/group_filter.py" line="36"/>
        <location filename="../../desktop/ui/calendar/group_filter.py" line="44"/>
        <source>All groups</source>
        <translation>全部群组</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="307"/>
        <source>A short-term campaign group needs an end date.</source>
        <translation>短期活动群需要设置结束日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="311"/>
        <source>Fix the marked fields to save the group.</source>
        <translation>请先修正标出的字段再保存群组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="326"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="326"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="352"/>
        <source>Platform limit (%1)</source>
        <translation>平台上限（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="366"/>
        <source>New group</source>
        <translation>新建群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="369"/>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="370"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="371"/>
        <source>Positioning</source>
        <translation>群定位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="372"/>
        <source>Rules and messages</source>
        <translation>群规与消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="373"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="374"/>
        <source>Characters as members see them</source>
        <translation>按成员看到的字符计数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="375"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="376"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="377"/>
        <source>Campaign ends</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="378"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="378"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="379"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="380"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="382"/>
        <source>Lower the cap for this group, e.g. 150 for a small high-quality group</source>
        <translation>为本群设置更低的上限，例如高质量小群设为 150</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="384"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="385"/>
        <source>Audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="386"/>
        <source>Planned actions</source>
        <translation>运营动作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="387"/>
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="388"/>
        <source>Red lines</source>
        <translation>红线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="389"/>
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="390"/>
        <source>Welcome message</source>
        <translation>入群欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="391"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="392"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="409"/>
        <source>e.g. morning greeting, weekly tips</source>
        <translation>例如：每日早安、每周干货</translation>
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="22"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="23"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
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
        <translation>邮件列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="27"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="34"/>
        <location filename="../../desktop/ui/groups/labels.py" line="155"/>
        <source>Short-term campaign</source>
        <translation>短期活动群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="35"/>
        <source>Long-term</source>
        <translation>长期群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="41"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="42"/>
        <location filename="../../desktop/ui/groups/labels.py" line="43"/>
        <source>Above %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="44"/>
        <source>Full (%1)</source>
        <translation>已满（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="57"/>
        <source>%1 members: the group has reached its cap of %2 and nobody else can join. Open a sibling group or a sub-community.</source>
        <translation>%1 人：已达到 %2 人上限，新成员无法加入。请开设兄弟群或亚社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="63"/>
        <source>%1 members: above the recommended %3. Consider a sibling group or a sub-community before it reaches the cap of %2.</source>
        <translation>%1 人：超过建议的 %3 人。在达到 %2 人上限之前，考虑开设兄弟群或亚社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="69"/>
        <source>%1 members: above %4, the size where everyone still knows each other; fine, but no longer a small high-quality group.</source>
        <translation>%1 人：超过 %4 人（彼此都认识的规模）；可以，但已不再是高质量小群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="88"/>
        <source>Enter a group name.</source>
        <translation>请输入群名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="91"/>
        <source>The name must contain the brand keyword “%1”.</source>
        <translation>名称必须包含品牌关键词“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="97"/>
        <source>At most %1 characters; this name has %2.</source>
        <translation>最多 %1 个字符；当前名称有 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="110"/>
        <source>%1 emoji: keep it to %2 or fewer so the name stays easy to read.</source>
        <translation>%1 个表情：建议不超过 %2 个，名称更易读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="120"/>
        <source>Must contain “%1”, at most %2 characters (emoji count as one, keep them few). Add a number or place to tell sibling groups apart, e.g. “%1·Beijing 02”.</source>
        <translation>须包含“%1”，最多 %2 个字符（表情算一个字符，宜少用）。加上编号或地点以区分兄弟群，例如“%1·北京 02”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="126"/>
        <source>At most %2 characters. Set the brand keyword in Settings so every group name is checked for it.</source>
        <translation>最多 %2 个字符。在设置中填写品牌关键词后，每个群名都会检查是否包含它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="135"/>
        <source>e.g. %1·Beijing 01</source>
        <translation>例如：%1·北京 01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="136"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="141"/>
        <source>The campaign ended more than %1 days ago: archive the group. Its members stay reachable as contacts.</source>
        <translation>活动已结束超过 %1 天：请归档本群。群成员仍作为联系人保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="151"/>
        <source>Customer care</source>
        <translation>客户维护</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="152"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="153"/>
        <source>Sales conversion</source>
        <translation>销售转化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="154"/>
        <source>Interest exchange</source>
        <translation>兴趣交流</translation>
    </message>
</context>
<context>
    <name>GroupOpsDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="53"/>
        <source>%1 — operations</source>
        <translation>%1 — 运营</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="54"/>
        <source>Staffing and moderation</source>
        <translation>人员与管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="55"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="56"/>
        <source>Retrospective</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="57"/>
        <source>Announcement and welcome</source>
        <translation>公告与欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="58"/>
        <source>Matrix room</source>
        <translation>Matrix 房间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="59"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/ops_dialog.py" line="61"/>
        <source>Group robot</source>
        <translation>群机器人</translation>
    </message>
</context>
<context>
    <name>GroupPickDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar/group_pick.py" line="31"/>
        <source>Send to which groups?</source>
        <translation>发往哪些群？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/group_pick.py" line="33"/>
        <source>Plan %n post(s) for these groups:</source>
        <translation>
            <numerusform>将 %n 条推送排给这些群：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/group_pick.py" line="76"/>
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>未勾选目标群组：这条推送不会发往任何地方。</translation>
    </message>
</context>
<context>
    <name>GroupRobotPanel</name>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="29"/>
        <source>Calendar posts for this group go out through its robot, formatted for the robot&apos;s platform. One robot per group.</source>
        <translation>本群的日历推送通过群机器人发出，并按机器人所在平台的格式排版。每个群只能关联一个机器人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="36"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="61"/>
        <source>(no robot)</source>
        <translation>（无机器人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/group_panel.py" line="70"/>
        <source>%1 posts wait. %2</source>
        <translation>%1 条推送在等待。%2</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="88"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="89"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="90"/>
        <source>Campaign ends</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="91"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="92"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="130"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>GroupsLive</name>
    <message>
        <location filename="../../desktop/ui/groups/live.py" line="81"/>
        <source>Could not read the groups: %1</source>
        <translation>无法读取群列表：%1</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="254"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="368"/>
        <source>Groups: %1</source>
        <translation>群组：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="371"/>
        <source>New group</source>
        <translation>新建群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="372"/>
        <source>Create a group (Ctrl+N)</source>
        <translation>新建群组（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="373"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="374"/>
        <source>Series…</source>
        <translation>批量建群…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="375"/>
        <source>Create several groups from a name pattern</source>
        <translation>按命名规则一次创建多个群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="376"/>
        <source>Split…</source>
        <translation>分群…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="378"/>
        <source>Open a sibling or a sub-community and move members into it</source>
        <translation>开设兄弟群或亚社群，并把成员移过去</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="380"/>
        <source>Operations…</source>
        <translation>运营…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="381"/>
        <source>Staffing, moderation, SOP and retrospective</source>
        <translation>人员、管理、SOP 和复盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="382"/>
        <source>Policy…</source>
        <translation>策略…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="383"/>
        <source>Automatic archiving and the moderation ladder</source>
        <translation>自动归档和处罚阶梯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="386"/>
        <source>No groups yet. A group is one chat or community you run: add one with New group (Ctrl+N), or several at once with Series…</source>
        <translation>还没有群组。群组就是你运营的一个群或社区：点“新建群组”（Ctrl+N）添加，或用“批量建群…”一次创建多个。</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="48"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="54"/>
        <source>Send marketing on holidays as usual</source>
        <translation>节假日照常发送营销消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="57"/>
        <source>Marketing waits for the next ordinary day</source>
        <translation>营销消息顺延到下一个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="66"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="80"/>
        <location filename="../../desktop/ui/holidays_dialog.py" line="160"/>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="81"/>
        <source>Make-up workday (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="82"/>
        <source>Ordinary day</source>
        <translation>普通日（不放假）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="84"/>
        <source>Name (optional), e.g. 店庆</source>
        <translation>名称（可选），如 店庆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="85"/>
        <source>Set for this date</source>
        <translation>设置此日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="87"/>
        <source>Undo my change</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="93"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="106"/>
        <source>Correct one date (wins over the official data):</source>
        <translation>修改某一天（优先于官方数据）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="133"/>
        <source>%1 is computed by rule (按规则推算，待国务院公布): the official dates and make-up workdays are not announced yet. Correct any date below.</source>
        <translation>%1 年为按规则推算，待国务院公布：官方放假和调休安排尚未公布，可在下方修改任意日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="138"/>
        <source>Official dates announced by the State Council.</source>
        <translation>国务院公布的官方放假安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="140"/>
        <source>Public holidays of %1.</source>
        <translation>%1 的公共假日。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="157"/>
        <source>No holidays known for this year: add them below.</source>
        <translation>这一年还没有已知的假日，可在下方添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="160"/>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="164"/>
        <source>Set by you</source>
        <translation>你的设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="166"/>
        <source>By rule, provisional</source>
        <translation>按规则推算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="167"/>
        <source>Official</source>
        <translation>官方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="191"/>
        <source>Saved for %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="200"/>
        <source>Back to the calendar&apos;s own data for %1.</source>
        <translation>%1 已恢复为日历自带的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="209"/>
        <source>Holiday rule saved.</source>
        <translation>节假日规则已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="223"/>
        <source>The name is too long (at most 40 characters).</source>
        <translation>名称太长（最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holidays_dialog.py" line="225"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ImapSection</name>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="84"/>
        <source>Receive mail (IMAP)</source>
        <translation>收信（IMAP）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="85"/>
        <source>Read this mailbox into the inbox</source>
        <translation>把这个邮箱的邮件收进私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="87"/>
        <source>IMAP server:</source>
        <translation>IMAP 服务器：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="88"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="89"/>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="90"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="91"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="96"/>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS（端口 993）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="97"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS（端口 143）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="98"/>
        <source>None (trusted network only, port 143)</source>
        <translation>不加密（仅限可信网络，端口 143）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="103"/>
        <source>Same as the SMTP user name</source>
        <translation>与 SMTP 用户名相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="105"/>
        <source>Leave empty to keep the saved one (or use the SMTP password)</source>
        <translation>留空则保留已保存的密码（或使用 SMTP 密码）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="107"/>
        <source>Leave empty to use the SMTP password</source>
        <translation>留空则使用 SMTP 密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="109"/>
        <source>Stored in the system keyring, never in the database</source>
        <translation>保存在系统钥匙串中，绝不写入数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="168"/>
        <source>Enter the IMAP server&apos;s host name.</source>
        <translation>请输入 IMAP 服务器的主机名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="169"/>
        <source>The IMAP port must be between 1 and 65535.</source>
        <translation>IMAP 端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/imap_section.py" line="170"/>
        <source>Enter the IMAP user name (or the SMTP one).</source>
        <translation>请输入 IMAP 用户名（或使用 SMTP 的用户名）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="135"/>
        <location filename="../../desktop/ui/members/import_dialog.py" line="368"/>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="135"/>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>表格 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="235"/>
        <source>Imported %1 new members, merged %2, skipped %3; %4 rows refused.</source>
        <translation>新导入 %1 位成员，合并 %2 位，跳过 %3 位；%4 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="246"/>
        <location filename="../../desktop/ui/members/import_dialog.py" line="282"/>
        <source>This did not work: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="252"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：没有写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="254"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="274"/>
        <location filename="../../desktop/ui/members/import_dialog.py" line="372"/>
        <source>(from the file, or none)</source>
        <translation>（取自文件，或不设）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="301"/>
        <source>%1 (encoding: %2)</source>
        <translation>%1（编码：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="311"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="311"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="311"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="328"/>
        <source>%1 rows: %2 new, %3 to merge, %4 duplicates to skip, %5 refused.</source>
        <translation>%1 行：%2 行新增，%3 行合并，%4 行重复将跳过，%5 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="337"/>
        <source>Refused rows are not imported. Save them, fix them and import again.</source>
        <translation>被拒绝的行不会导入。请保存下来修正后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="345"/>
        <source>Options changed: check the file again.</source>
        <translation>选项已改变：请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="350"/>
        <source>Save refused rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="350"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="354"/>
        <source>%1 refused rows saved.</source>
        <translation>已保存 %1 行被拒绝的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="365"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="365"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="370"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="374"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="376"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="376"/>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="376"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="378"/>
        <source>Known email, phone or WeChat ID</source>
        <translation>已存在的邮箱、电话或微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="379"/>
        <source>Merge into the existing member</source>
        <translation>合并到已有成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="380"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="381"/>
        <source>Add everyone to group</source>
        <translation>全部加入群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="382"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="383"/>
        <source>Save refused rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_dialog.py" line="384"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="18"/>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="21"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="22"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="23"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="24"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="25"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="26"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="27"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="28"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="34"/>
        <source>name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="35"/>
        <source>not a valid email address: %1</source>
        <translation>不是有效的邮箱地址：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="38"/>
        <source>not a valid phone number: %1</source>
        <translation>不是有效的手机号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="41"/>
        <source>not a date (use YYYY-MM-DD): %1</source>
        <translation>不是日期（请用 YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="44"/>
        <source>no group named %1</source>
        <translation>没有名为 %1 的群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="51"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="52"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="53"/>
        <source>Skip (duplicate)</source>
        <translation>跳过（重复）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/import_labels.py" line="54"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="16"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="17"/>
        <source>Pending</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="18"/>
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="19"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="25"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="26"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="27"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="33"/>
        <source>Email</source>
        <translation>邮件</translation>
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
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="38"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="39"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="48"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="49"/>
        <source>Service messages</source>
        <translation>服务消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="50"/>
        <source>Transactional</source>
        <translation>事务通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="59"/>
        <source>all channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="66"/>
        <source>wrote to the inbox first</source>
        <translation>先通过私信联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="67"/>
        <source>first seen in Matrix</source>
        <translation>首次出现在 Matrix</translation>
    </message>
</context>
<context>
    <name>InboxMemberPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="40"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="42"/>
        <source>Groups: %1</source>
        <translation>群组：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="44"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="46"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="46"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="48"/>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1（%2）：%3 — %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="57"/>
        <source>Welcome: %1, step %2 of %3 (%4)</source>
        <translation>欢迎旅程：%1，第 %2/%3 步（%4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="65"/>
        <source>winner</source>
        <translation>中奖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="67"/>
        <source>Campaign: %1 — %2</source>
        <translation>活动：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="70"/>
        <source>Last posts received</source>
        <translation>最近收到的推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="77"/>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="78"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="79"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="80"/>
        <source>could not start</source>
        <translation>未能开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="81"/>
        <source>locked: wrong codes</source>
        <translation>验证码错太多已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="82"/>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="87"/>
        <source>entered</source>
        <translation>已参加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="88"/>
        <source>answers awaited</source>
        <translation>等待回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/member_panel.py" line="89"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
</context>
<context>
    <name>InboxSearch</name>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="41"/>
        <source>Search all messages (Ctrl+F)</source>
        <translation>搜索全部消息（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="73"/>
        <source>No messages found. Search looks through every message&apos;s text and the members&apos; names; try fewer or other words.</source>
        <translation>没有找到消息。搜索会查找每条消息的正文和成员名字；试试少一些或换一些词。</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="185"/>
        <source>Inbox settings</source>
        <translation>私信设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187"/>
        <source>Reply times</source>
        <translation>回复时效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187"/>
        <source>Banned words</source>
        <translation>违禁词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="187"/>
        <source>Canned replies</source>
        <translation>话术库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="190"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="192"/>
        <source>First response within:</source>
        <translation>首次回复时限：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="193"/>
        <source>Resolve within:</source>
        <translation>解决时限：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="194"/>
        <source>Warn this many minutes before:</source>
        <translation>提前多少分钟提醒：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="195"/>
        <source>Working hours start:</source>
        <translation>上班时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="196"/>
        <source>Working hours end:</source>
        <translation>下班时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="197"/>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="202"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="203"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="204"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="205"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="206"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="207"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="208"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="213"/>
        <source>Reply times count working time only, in the time zone %1.</source>
        <translation>回复时效只计算工作时间，时区为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="219"/>
        <source>One word or phrase per line. A reply containing one shows a warning before it is sent.</source>
        <translation>每行一个词或短语。回复中含有这些词时，发送前会提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="223"/>
        <source>Restore the default list</source>
        <translation>恢复默认列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="224"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="224"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="225"/>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="226"/>
        <source>Choose colour…</source>
        <translation>选择颜色…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="227"/>
        <source>Remove label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="317"/>
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="319"/>
        <source>Working hours must end after they start.</source>
        <translation>下班时间必须晚于上班时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="321"/>
        <source>Reply times must be longer than zero.</source>
        <translation>回复时效必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="329"/>
        <source>Every label needs a name of at most 40 characters.</source>
        <translation>每个标签都需要名称，且不超过 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="330"/>
        <source>Two labels have the same name.</source>
        <translation>有两个标签同名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/settings_dialog.py" line="331"/>
        <source>A colour must look like #3366cc.</source>
        <translation>颜色格式应类似 #3366cc。</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="58"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="60"/>
        <source>All conversations</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="62"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="63"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="64"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="65"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="71"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="72"/>
        <source>Longest waiting</source>
        <translation>等待最久</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="73"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="78"/>
        <location filename="../../desktop/ui/inbox/queue_filters.py" line="85"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="46"/>
        <source>WeChat…</source>
        <translation>微信客服…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="48"/>
        <source>微信客服: accounts, welcome text, contact links</source>
        <translation>微信客服：客服账号、欢迎语、客服链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="169"/>
        <source>Could not read the inbox: %1</source>
        <translation>无法读取收件箱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="172"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="43"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="44"/>
        <source>Team…</source>
        <translation>团队…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="45"/>
        <source>Campaigns…</source>
        <translation>活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab_dialogs.py" line="53"/>
        <source>Surveys, lotteries and collections members join by writing a keyword</source>
        <translation>问卷、抽奖、征集：成员私信写关键词即可参加</translation>
    </message>
</context>
<context>
    <name>JoinQrBox</name>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="66"/>
        <source>Paste the link that lets someone join (https://… or a matrix.to link).</source>
        <translation>请粘贴入群链接（https://… 或 matrix.to 链接）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="92"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="95"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="99"/>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="99"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="116"/>
        <source>Join QR code</source>
        <translation>入群二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="118"/>
        <source>The link to join (a Matrix room&apos;s, an invite address)</source>
        <translation>入群链接（Matrix 房间链接或邀请地址）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="120"/>
        <source>Make QR code</source>
        <translation>生成二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/join_qr_box.py" line="121"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="121"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="122"/>
        <source>Ctrl+Up; or drag the step</source>
        <translation>Ctrl+上；或拖动步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="123"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="124"/>
        <source>Ctrl+Down; or drag the step</source>
        <translation>Ctrl+下；或拖动步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="125"/>
        <source>Switch on/off</source>
        <translation>开启/关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="126"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="127"/>
        <source>Attach to groups…</source>
        <translation>关联到群组…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="128"/>
        <source>Verification replies…</source>
        <translation>验证回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="130"/>
        <source>The automatic answers to a code: right, wrong, locked, expired</source>
        <translation>收到验证码后的自动回复：正确、错误、锁定、过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/journey_actions.py" line="193"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>KeyringNote</name>
    <message>
        <location filename="../../desktop/ui/accounts/keyring_note.py" line="21"/>
        <source>To keep them, install or unlock a system keyring (for example GNOME Keyring or KWallet) and restart the app.</source>
        <translation>如需保存，请安装或解锁系统密钥环（例如 GNOME Keyring 或 KWallet），然后重启应用。</translation>
    </message>
</context>
<context>
    <name>KfBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="32"/>
        <source>The WeChat user has not written yet.</source>
        <translation>该微信用户尚未发来消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="35"/>
        <source>More than 48 hours have passed since the user&apos;s last message.</source>
        <translation>距用户最后一条消息已超过 48 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="38"/>
        <source>All 5 messages allowed since the user&apos;s last message are used.</source>
        <translation>自用户最后一条消息以来可发送的 5 条消息已用完。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="41"/>
        <source>The session is with reception staff or has ended: WeCom lets the app send only to sessions that are unhandled or with the assistant.</source>
        <translation>会话已由人工接待或已结束：企业微信只允许应用向“未处理”或“由智能助手接待”的会话发送消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="50"/>
        <source>Nothing can be sent until the user writes again — not even a canned “please message us again”.</source>
        <translation>在用户再次发来消息之前无法发送任何内容——连“请再给我们发条消息”这样的话术也不行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="60"/>
        <source>Reply window closed. %1</source>
        <translation>回复窗口已关闭。%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="66"/>
        <source>Reply window: %1 h %2 min left · %3 of 5 messages left</source>
        <translation>回复窗口：剩余 %1 小时 %2 分钟 · 还可发 %3 条（共 5 条）</translation>
    </message>
</context>
<context>
    <name>KfSessionBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="119"/>
        <source>Hand to reception staff (人工接待)</source>
        <translation>转人工接待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="120"/>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="124"/>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="152"/>
        <source>WeChat user: %1</source>
        <translation>微信用户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="195"/>
        <source>Hand to reception staff</source>
        <translation>转人工接待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="196"/>
        <source>WeCom user ID of the reception staff member (they must be on duty):</source>
        <translation>接待人员的企业微信账号（须处于“正在接待”状态）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="202"/>
        <source>Handed to %1.</source>
        <translation>已转给 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="214"/>
        <source>Session ended; closing words sent.</source>
        <translation>会话已结束，已发送结束语。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="216"/>
        <source>Session ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/wechat_kf_bar.py" line="228"/>
        <source>WeCom refused: %1</source>
        <translation>企业微信拒绝：%1</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../desktop/ui/common/lazy_tab.py" line="27"/>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
</context>
<context>
    <name>LifecycleView</name>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="321"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="321"/>
        <location filename="../../desktop/ui/members/stats_views.py" line="347"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="321"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="339"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <location filename="../../desktop/ui/live_bridge.py" line="113"/>
        <source>Live updates interrupted: checking every second, reconnecting…</source>
        <translation>实时更新已中断：每秒检查一次，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window_live.py" line="78"/>
        <source>%1 took over your conversation “%2”.</source>
        <translation>%1 接手了你负责的会话“%2”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="41"/>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>Shequn Desk</source>
        <translation>社群运营台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="46"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="50"/>
        <source>team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_status.py" line="52"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>Shequn Desk — %1</source>
        <translation>社群运营台 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>Welcome templates</source>
        <translation>欢迎模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>Inbox</source>
        <translation>私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="95"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="96"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="98"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="99"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="100"/>
        <source>Team database…</source>
        <translation>团队数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="101"/>
        <source>Teammates…</source>
        <translation>团队成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="103"/>
        <source>Deletion requests…</source>
        <translation>删除申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="106"/>
        <source>Remove demo workspace…</source>
        <translation>删除演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="109"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="110"/>
        <source>&amp;About Shequn Desk</source>
        <translation>关于社群运营台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="111"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>Remove demo workspace</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>Delete all demo groups, members, posts, journeys and conversations?</source>
        <translation>删除所有演示群组、成员、推送、欢迎流程和会话？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>About Shequn Desk</source>
        <translation>关于社群运营台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="380"/>
        <source>Shequn Desk %1 — a workbench for community operators.
Data folder: %2</source>
        <translation>社群运营台 %1 —— 社群运营人员的工作台。
数据文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_operator.py" line="88"/>
        <source>Who uses this computer? Choose…</source>
        <translation>这台电脑由谁使用？请选择…</translation>
    </message>
</context>
<context>
    <name>ManualTodoPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="109"/>
        <source>Posted by:</source>
        <translation>发布人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="110"/>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="112"/>
        <source>Put the text (and the post&apos;s image) on the clipboard to paste in WeChat</source>
        <translation>把文字（和推送的图片）复制到剪贴板，粘贴到微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="114"/>
        <source>Mark as posted</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="115"/>
        <source>Nothing to post by hand right now.</source>
        <translation>目前没有需要手动发布的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="153"/>
        <source>(no operator)</source>
        <translation>（无运营人员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="183"/>
        <source>Could not read the to-do list: %1</source>
        <translation>无法读取待办列表：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="200"/>
        <source>Image: %1 (copied with the text)</source>
        <translation>图片：%1（已随文字一起复制）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="219"/>
        <source>Copied. Paste it into %1, then mark it as posted.</source>
        <translation>已复制。请粘贴到%1，然后标记为已发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="220"/>
        <source>the group</source>
        <translation>群里</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="234"/>
        <source>Marked as posted by %1.</source>
        <translation>已由 %1 标记为已发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="237"/>
        <source>Already done or cancelled elsewhere.</source>
        <translation>已在别处完成或取消。</translation>
    </message>
</context>
<context>
    <name>MatrixAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="107"/>
        <source>Matrix account</source>
        <translation>Matrix 账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="108"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="109"/>
        <source>Homeserver URL</source>
        <translation>服务器地址（Homeserver）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="110"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="111"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="112"/>
        <source>or access token</source>
        <translation>或访问令牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="115"/>
        <source>The password is used once to sign in and is not kept; the access token goes to the system keyring. Leave both empty to keep the current sign-in.</source>
        <translation>密码只用于本次登录，不会保存；访问令牌存入系统钥匙串。两项都留空则保持当前登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="153"/>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="173"/>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/matrix_editor.py" line="175"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>MatrixRoomPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="122"/>
        <source>Link to selected room</source>
        <translation>关联所选房间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="127"/>
        <source>Create a room from this group</source>
        <translation>用本群创建房间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="128"/>
        <source>Sync members now</source>
        <translation>立即同步成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="129"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="121"/>
        <source>Show rooms and invitations</source>
        <translation>列出房间和邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="123"/>
        <source>Decline invitation</source>
        <translation>拒绝邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="125"/>
        <source>Leave the room without joining it; the inviter sees the invitation declined.</source>
        <translation>不加入并离开该房间；邀请人会看到邀请已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="132"/>
        <source>Press “Show rooms and invitations” to choose one of the account&apos;s rooms for this group (rooms it was invited to are joined only when you link one), or create a new room named after the group (its positioning becomes the topic and its announcement the pinned first message).</source>
        <translation>点击「列出房间和邀请」为本群选择该账号的一个房间（受邀的房间只在您关联时才会加入），或以群名新建房间（群定位作为房间主题，群公告作为置顶的第一条消息）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="140"/>
        <source>No Matrix account yet: add one under Sending → Channel accounts, then link this group to one of its rooms or create a room for it.</source>
        <translation>还没有 Matrix 账号：请先在「发送 → 渠道账号」中添加，然后把本群关联到该账号的某个房间，或为本群创建新房间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="157"/>
        <source>This group is not linked to a Matrix room.</source>
        <translation>本群尚未关联 Matrix 房间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="161"/>
        <source>Linked to the room “%1” (%2) · %3 people in the room</source>
        <translation>已关联房间「%1」（%2）· 房间内 %3 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="169"/>
        <source>This room turned on end-to-end encryption: Shequn Desk can no longer post or read there. Link an unencrypted room.</source>
        <translation>该房间已开启端到端加密：社群运营台无法再在其中发言或读取消息。请关联一个未加密的房间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="226"/>
        <source>Reading the account&apos;s rooms…</source>
        <translation>正在读取账号的房间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="238"/>
        <source>%1 · %2 people</source>
        <translation>%1 · %2 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="242"/>
        <source>linked to %1</source>
        <translation>已关联到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="249"/>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="273"/>
        <source>encrypted: not supported</source>
        <translation>已加密：不支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="252"/>
        <source>End-to-end encrypted rooms cannot be read or posted to by Shequn Desk; use an unencrypted room.</source>
        <translation>社群运营台无法读取端到端加密房间，也无法在其中发言；请使用未加密的房间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="259"/>
        <source>The account has not joined any group room.</source>
        <translation>该账号还没有加入任何群房间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="264"/>
        <source>Invitation: %1 — from %2</source>
        <translation>邀请：%1 — 来自 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="267"/>
        <source>Invitation: %1</source>
        <translation>邀请：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="302"/>
        <source>Joining the room, then linking and reading its members…</source>
        <translation>正在加入房间，随后关联并读取房间成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="304"/>
        <source>Linking and reading the room&apos;s members…</source>
        <translation>正在关联并读取房间成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="319"/>
        <source>Declined the invitation to “%1”.</source>
        <translation>已拒绝「%1」的邀请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="327"/>
        <source>Declining the invitation…</source>
        <translation>正在拒绝邀请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="337"/>
        <source>Creating the room…</source>
        <translation>正在创建房间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="344"/>
        <source>Reading the room&apos;s members…</source>
        <translation>正在读取房间成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="350"/>
        <source>%1 joined, %2 left; %3 members now.</source>
        <translation>新加入 %1 人，离开 %2 人；现有成员 %3 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/matrix_panel.py" line="360"/>
        <source>Unlinking…</source>
        <translation>正在取消关联…</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="71"/>
        <source>%1, search “%2”</source>
        <translation>%1，搜索“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="102"/>
        <source>%1 messages queued; %2 members have no email address.</source>
        <translation>已排队 %1 条消息；%2 位成员没有邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="82"/>
        <source>%1 members exported to %2.</source>
        <translation>已导出 %1 位成员到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="86"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab_actions.py" line="94"/>
        <source>Export members</source>
        <translation>导出成员</translation>
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
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="18"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="19"/>
        <source>Onboarded</source>
        <translation>已入群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="20"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="21"/>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="22"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="29"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="30"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="31"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="32"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="39"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="40"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="41"/>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="42"/>
        <source>Atmosphere crew</source>
        <translation>气氛组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="43"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="51"/>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="53"/>
        <source>Another member already uses this email address.</source>
        <translation>该邮箱已被其他成员使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="57"/>
        <source>This is not a valid email address, e.g. name@example.com.</source>
        <translation>邮箱地址无效，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="61"/>
        <source>Another member already has this phone number.</source>
        <translation>另一位成员已使用这个手机号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="65"/>
        <source>This is not a valid phone number: digits, spaces, - and a leading +.</source>
        <translation>电话号码无效：只能包含数字、空格、- 和开头的 +。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="68"/>
        <source>This value is not valid.</source>
        <translation>该值无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="73"/>
        <source>Joined a group</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="74"/>
        <source>Left a group</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="75"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="76"/>
        <source>DM from the member</source>
        <translation>成员发来的私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="77"/>
        <source>DM to the member</source>
        <translation>发给成员的私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="78"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="79"/>
        <source>Welcome journey</source>
        <translation>欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="80"/>
        <source>Moderation</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="81"/>
        <source>Consent</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="90"/>
        <source>Activity %1 / 100: each interaction counts 10 points in the last 7 days, 5 in the last 30 days and 2 in the last 90 days (at most 100). Updated every hour.</source>
        <translation>活跃度 %1 / 100：最近 7 天内每次互动计 10 分，30 天内计 5 分，90 天内计 2 分（最高 100 分）。每小时更新一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="96"/>
        <source>Lifecycle: silent after %1 days without an interaction, churned after %2 days (see Rules…).</source>
        <translation>生命周期：%1 天没有互动即为沉默，%2 天即为流失（见“规则…”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="105"/>
        <source>Last interaction: none yet</source>
        <translation>最近互动：暂无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="108"/>
        <source>Last interaction: %1</source>
        <translation>最近互动：%1</translation>
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
        <translation>请先修正标出的字段再保存成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="283"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="286"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="287"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="289"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="290"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="291"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="292"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="293"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="294"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="295"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="296"/>
        <source>DM frequency</source>
        <translation>私信频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="297"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="302"/>
        <source>Separate with commas, e.g. latte art, pour-over</source>
        <translation>用逗号分隔，例如：拉花，手冲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="304"/>
        <source>e.g. store QR code, friend referral</source>
        <translation>例如：门店扫码、朋友推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="305"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="305"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="306"/>
        <source>How often the member agreed to receive DMs</source>
        <translation>成员同意接收私信的频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="310"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="313"/>
        <source>Activity score</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="314"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="315"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="315"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="316"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="317"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>MemberStatsDialog</name>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="101"/>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="144"/>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="159"/>
        <source>Could not count: %1</source>
        <translation>统计失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="163"/>
        <source>Member statistics</source>
        <translation>成员统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="164"/>
        <source>Group:</source>
        <translation>群组：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="165"/>
        <source>All groups</source>
        <translation>全部群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="169"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="171"/>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_dialog.py" line="174"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>最近 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="175"/>
        <source>Weekly activity</source>
        <translation>每周动态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="176"/>
        <source>Retention by join week</source>
        <translation>按入群周看留存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="177"/>
        <source>Lifecycle now</source>
        <translation>当前生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="188"/>
        <source>Weeks run from Monday to Sunday in the workspace time zone (%1).</source>
        <translation>每周从周一到周日，按工作区时区（%1）划分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="192"/>
        <source>Active: sent a DM, entered a DM campaign, answered the welcome questions, was verified or finished an onboarding task, in a week spent in the group.</source>
        <translation>活跃：在群的那一周里发过私信、参加过私信活动、回答过欢迎问题、通过了验证或完成了互动任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="199"/>
        <source>For all groups, a member counts from joining their first group until leaving their last one; moving between groups is not leaving.</source>
        <translation>全部群组：成员从加入第一个群起算，到退出最后一个群为止；在群之间转移不算退群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="203"/>
        <source>Retention: blank cells are weeks still to come.</source>
        <translation>留存：空白格是还没到的周。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_dialog.py" line="204"/>
        <source>Lifecycle: members as they are now, erased members left out.</source>
        <translation>生命周期：成员当前的状态，不含已删除的成员。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="168"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="169"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="170"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="171"/>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="172"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>MembersLive</name>
    <message>
        <location filename="../../desktop/ui/members/live.py" line="84"/>
        <source>Could not read the members: %1</source>
        <translation>无法读取成员列表：%1</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="224"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="326"/>
        <source>No member matches “%1”.</source>
        <translation>没有成员匹配“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="328"/>
        <source>No members yet.</source>
        <translation>还没有成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="330"/>
        <source>%1 members shown; scroll down for more.</source>
        <translation>已显示 %1 位成员，向下滚动加载更多。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="332"/>
        <source>%1 members.</source>
        <translation>共 %1 位成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="339"/>
        <source>No member matches “%1”. Search by name, email, phone, WeChat ID or tag, or clear the search to see everyone.</source>
        <translation>没有成员匹配“%1”。可按姓名、邮箱、手机、微信号或标签搜索，或清空搜索查看全部成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="344"/>
        <source>No member is in this segment. Change it with Filter…, or pick All members.</source>
        <translation>这个分群里没有成员。可用“筛选…”修改条件，或选择“全部成员”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="347"/>
        <source>No members yet. Members are the people in your groups: add one with New member (Ctrl+N), or bring in a list with Import… (CSV or Excel).</source>
        <translation>还没有成员。成员就是你社群里的人：点“新建成员”（Ctrl+N）添加，或用“导入…”导入名单（CSV 或 Excel）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="352"/>
        <source>Search name, email, phone, WeChat ID or tag</source>
        <translation>搜索姓名、邮箱、电话、微信号或标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="353"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="354"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>新建成员（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="355"/>
        <source>Personal center…</source>
        <translation>个人中心…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="357"/>
        <source>Timeline, consent, preferences, data export and erasure of this member</source>
        <translation>该成员的时间线、同意记录、偏好、数据导出和删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="359"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="360"/>
        <source>Lifecycle rules and greetings</source>
        <translation>生命周期规则和问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="361"/>
        <source>Statistics…</source>
        <translation>统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="363"/>
        <source>Joins, leaves, active members, retention and lifecycle, week by week</source>
        <translation>逐周查看入群、退群、活跃成员、留存和生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="365"/>
        <source>Message segment…</source>
        <translation>群发给分群…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="367"/>
        <source>Send an email to every member shown, through the outbox</source>
        <translation>通过发件箱给当前显示的每位成员发邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="369"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="370"/>
        <source>Import members from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="371"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="372"/>
        <source>Export the members shown to CSV or Excel</source>
        <translation>把当前显示的成员导出为 CSV 或 Excel</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="40"/>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="41"/>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="42"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>OutboxLabels</name>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="23"/>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="24"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="25"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="26"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="27"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="28"/>
        <source>To post by hand</source>
        <translation>待手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="29"/>
        <source>Waiting for owner confirmation</source>
        <translation>待群主确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="38"/>
        <source>No system keyring is available, so passwords cannot be saved. They are kept in memory until the app closes and must be entered again next time.</source>
        <translation>没有可用的系统钥匙串，密码无法保存：只在内存中保留到应用关闭，下次需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="47"/>
        <source>Email</source>
        <translation>邮件</translation>
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
        <translation>Webhook 机器人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="51"/>
        <source>Manual (WeChat)</source>
        <translation>手动（微信）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="52"/>
        <source>WeCom 群发</source>
        <translation>企业微信群发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="53"/>
        <source>WeChat (微信客服)</source>
        <translation>微信客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="62"/>
        <source>no consent</source>
        <translation>未获同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="63"/>
        <source>consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="64"/>
        <location filename="../../desktop/ui/outbox/labels.py" line="83"/>
        <source>unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="65"/>
        <source>member erased</source>
        <translation>成员已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="66"/>
        <source>member wants no messages</source>
        <translation>成员不希望接收消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="67"/>
        <source>quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="68"/>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="69"/>
        <source>daily limit reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="70"/>
        <source>member&apos;s frequency limit</source>
        <translation>成员的频率限制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="71"/>
        <source>too late to send</source>
        <translation>已错过发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="78"/>
        <source>cancelled by an operator</source>
        <translation>被运营人员取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="81"/>
        <source>posted by hand</source>
        <translation>已手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="82"/>
        <source>post this by hand</source>
        <translation>请手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="84"/>
        <source>paced: the server asked to wait</source>
        <translation>限速：服务器要求稍候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="87"/>
        <source>waiting: the keyring is unavailable</source>
        <translation>等待中：钥匙串不可用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="90"/>
        <source>waiting: the account needs its password</source>
        <translation>等待中：账号需要密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="93"/>
        <source>waiting: the account settings are unusable</source>
        <translation>等待中：账号设置无法使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="96"/>
        <source>waiting: the account&apos;s sign-in was refused</source>
        <translation>等待中：账号登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="99"/>
        <source>waiting: the account is disabled</source>
        <translation>等待中：该账号已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="102"/>
        <source>waiting: the server is unreachable</source>
        <translation>等待中：服务器无法连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="105"/>
        <source>the post was moved, edited or deleted</source>
        <translation>推送已被移动、编辑或删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="135"/>
        <source>waiting: no enabled %1 account</source>
        <translation>等待中：没有启用的%1账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="148"/>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="151"/>
        <source>postponed until %2: %1</source>
        <translation>推迟到 %2：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="155"/>
        <source>postponed: %1</source>
        <translation>已推迟：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="182"/>
        <source>Set up the Matrix account…</source>
        <translation>设置 Matrix 账号…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="184"/>
        <source>Set up the Telegram account…</source>
        <translation>设置 Telegram 账号…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/labels.py" line="185"/>
        <source>Set up the mail account…</source>
        <translation>设置邮件账号…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="217"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="218"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="219"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="220"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="221"/>
        <source>Subject / text</source>
        <translation>主题 / 正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="222"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="223"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="254"/>
        <source>Erased member</source>
        <translation>已抹除的成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="260"/>
        <source>Group #%1</source>
        <translation>群组 #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/model.py" line="264"/>
        <source>Member #%1</source>
        <translation>成员 #%1</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="163"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="164"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="165"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="166"/>
        <source>Search subject or recipient</source>
        <translation>搜索主题或收件人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="167"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="168"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="169"/>
        <source>Queue failed or cancelled deliveries again</source>
        <translation>把失败或已取消的发送重新排队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="170"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="171"/>
        <source>Stop deliveries that have not been sent</source>
        <translation>停止尚未发送的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="172"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="174"/>
        <source>Make pending deliveries due now (the sending rules still apply)</source>
        <translation>让待发送的消息立即到期（发送规则仍然适用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="178"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="182"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="262"/>
        <source>%1 pending</source>
        <translation>%1 条待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="263"/>
        <source>%1 due now</source>
        <translation>%1 条已到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="264"/>
        <source>%1 sending</source>
        <translation>%1 条发送中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="265"/>
        <source>%1 failed</source>
        <translation>%1 条失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="266"/>
        <source>%1 to post by hand</source>
        <translation>%1 条待手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="269"/>
        <source>%1 sent</source>
        <translation>%1 条已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="285"/>
        <source>No deliveries match these filters. Choose “All statuses” to see all.</source>
        <translation>没有符合这些筛选条件的发送。选择“全部状态”可查看全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="288"/>
        <source>The outbox is empty. Replies from the inbox, welcome messages and scheduled posts wait here until they are sent.</source>
        <translation>发件箱是空的。私信的回复、欢迎消息和排期的帖子在发出之前都会在这里等待。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="296"/>
        <source>Could not read the outbox: %1</source>
        <translation>无法读取发件箱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="32"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="36"/>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="39"/>
        <source>Due: %1</source>
        <translation>预定时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="42"/>
        <source>Attempts: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="47"/>
        <source>Next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="51"/>
        <source>Sent: %1</source>
        <translation>发送时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="57"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="63"/>
        <source>Server said: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="74"/>
        <source>To: an erased member</source>
        <translation>收件人：已抹除的成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/delivery_details.py" line="79"/>
        <source>To: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="335"/>
        <source>%n delivery(ies) queued again.</source>
        <translation>
            <numerusform>%n 条消息已重新排队。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="340"/>
        <source>%n delivery(ies) cancelled.</source>
        <translation>
            <numerusform>已取消 %n 条消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="347"/>
        <source>%n delivery(ies) will be sent now.</source>
        <translation>
            <numerusform>%n 条消息将立即发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/window.py" line="361"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/window.py" line="368"/>
        <source>%n could not be changed (already sent or being sent).</source>
        <translation>
            <numerusform>%n 条无法更改（已发送或正在发送）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalCenterDialog</name>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="174"/>
        <source>Personal center — %1</source>
        <translation>个人中心 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="177"/>
        <source>activity %1</source>
        <translation>活跃度 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="201"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="202"/>
        <source>no consent yet</source>
        <translation>尚未同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="203"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="204"/>
        <source>unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="219"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="331"/>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="219"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="331"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="243"/>
        <source>Say where the consent was given (form, event, DM…).</source>
        <translation>请说明在哪里获得的同意（表单、活动、私信…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="266"/>
        <source>Quiet hours need a start and an end (HH:MM) and a known time zone.</source>
        <translation>免打扰时段需要开始和结束时间（时:分）以及有效的时区。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="269"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="274"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="277"/>
        <source>Export the member&apos;s data to</source>
        <translation>把成员数据导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="298"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="298"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="299"/>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="299"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="299"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="302"/>
        <source>Nothing here yet. The timeline fills itself: joining or leaving a group, direct messages, welcome steps, feedback, moderation and consent changes appear as they happen.</source>
        <translation>这里还没有记录。时间线会自动记录：入群或退群、私信、欢迎步骤、反馈、管理处罚和授权变更，发生时就会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="308"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="311"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="311"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="311"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="315"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="316"/>
        <source>Channel and purpose</source>
        <translation>渠道和用途</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="317"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="318"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="337"/>
        <source>Where: sign-up form, event, DM…</source>
        <translation>来源：报名表、活动、私信…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="338"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="342"/>
        <source>DM frequency</source>
        <translation>私信频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="343"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="344"/>
        <source>Quiet from</source>
        <translation>免打扰开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="345"/>
        <source>Quiet until</source>
        <translation>免打扰结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="350"/>
        <source>e.g. Asia/Shanghai (empty: the workspace&apos;s)</source>
        <translation>例如 Asia/Shanghai（留空则用工作区时区）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="351"/>
        <source>Save preferences</source>
        <translation>保存偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="354"/>
        <source>Groups and roles</source>
        <translation>群组和角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="355"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="356"/>
        <source>Strikes</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="357"/>
        <source>Consent</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="358"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="359"/>
        <source>Welcome</source>
        <translation>欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="363"/>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/center_dialog.py" line="364"/>
        <source>Erase member…</source>
        <translation>删除成员…</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="70"/>
        <source>Group policy</source>
        <translation>群组策略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="71"/>
        <source>Archive campaign groups automatically when due</source>
        <translation>活动群到期后自动归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="72"/>
        <source>Days after the campaign ends</source>
        <translation>活动结束后的天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="73"/>
        <source>Moderation ladder</source>
        <translation>处罚阶梯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="74"/>
        <source>A mute lasts (hours)</source>
        <translation>禁言时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/policy_dialog.py" line="75"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="78"/>
        <source>New post</source>
        <translation>新建推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="78"/>
        <source>Edit post</source>
        <translation>编辑推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="83"/>
        <source>What the group will see first</source>
        <translation>群成员第一眼看到的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="86"/>
        <source>The message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="111"/>
        <source>Check a group set…</source>
        <translation>勾选一个群组集合…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="135"/>
        <source>Group robot</source>
        <translation>群机器人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="142"/>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="288"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="144"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="145"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="147"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="149"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="150"/>
        <source>Target groups</source>
        <translation>目标群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="153"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="154"/>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="293"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="155"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="187"/>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="313"/>
        <source>A post needs a title.</source>
        <translation>推送需要标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="197"/>
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>未勾选目标群组：这条推送不会发往任何地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="202"/>
        <source>This time is already in the past.</source>
        <translation>这个时间已经过去了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="289"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="290"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="291"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="292"/>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="294"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="315"/>
        <source>The repetition must end after the first day.</source>
        <translation>重复的结束日期必须晚于第一天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="322"/>
        <source>The post could not be saved: %1</source>
        <translation>推送未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="319"/>
        <source>This post was deleted meanwhile.</source>
        <translation>这条推送已被删除。</translation>
    </message>
</context>
<context>
    <name>PostEditing</name>
    <message>
        <location filename="../../desktop/ui/calendar/editing.py" line="73"/>
        <source>The post could not be read: %1</source>
        <translation>无法读取推送：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/editing.py" line="109"/>
        <source>Edit post</source>
        <translation>编辑推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/editing.py" line="111"/>
        <source>New post</source>
        <translation>新建推送</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="33"/>
        <source>%1 is replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="35"/>
        <source>%1 is also viewing</source>
        <translation>%1 也在看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="36"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/presence_line.py" line="43"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="185"/>
        <source>Group message</source>
        <translation>群消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="186"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="199"/>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>PushTableFiles</name>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="44"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="45"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="46"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="50"/>
        <source>Export the week</source>
        <translation>导出本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="60"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="61"/>
        <source>Push table</source>
        <translation>推送表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="74"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="78"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="84"/>
        <source>Import a push table</source>
        <translation>导入推送表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="84"/>
        <source>Push table (*.xlsx *.csv)</source>
        <translation>推送表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="97"/>
        <source>The change was not saved: %1</source>
        <translation>更改未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="100"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="108"/>
        <source>Import push table</source>
        <translation>导入推送表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="109"/>
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>已导入 %n 条推送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="112"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="120"/>
        <source>not a date: “%1”</source>
        <translation>不是日期：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="121"/>
        <source>not a time of day: “%1”</source>
        <translation>不是时间：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="122"/>
        <source>no group called “%1”</source>
        <translation>没有名为“%1”的群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="123"/>
        <source>unknown content type “%1”</source>
        <translation>未知的内容类型“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/push_table_files.py" line="124"/>
        <source>the first row names no groups%1</source>
        <translation>第一行没有群组名称%1</translation>
    </message>
</context>
<context>
    <name>QueueEmptyNote</name>
    <message>
        <location filename="../../desktop/ui/inbox/queue_empty.py" line="31"/>
        <source>No conversations match these filters. Choose “All conversations”.</source>
        <translation>没有符合这些筛选条件的会话。请选择“全部会话”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/queue_empty.py" line="34"/>
        <source>No conversations yet. Messages members send to your mail, Matrix or Telegram accounts arrive here; set them up under Sending → Channel accounts…</source>
        <translation>还没有会话。成员发到您的邮件、Matrix 或 Telegram 账号的消息会出现在这里；请在 发送 → 渠道账号… 中设置这些账号。</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="124"/>
        <source>Repeat weekly on</source>
        <translation>每周重复于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="131"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="132"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="133"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="134"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="135"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="136"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="137"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="147"/>
        <source>until</source>
        <translation>直到</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="100"/>
        <source>Write a reply… type / and a few letters for a canned reply</source>
        <translation>写回复…输入 / 加几个字母调用话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="102"/>
        <source>Marketing message</source>
        <translation>营销消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="107"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="107"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="175"/>
        <source>No canned replies yet: add them under Inbox → Settings…</source>
        <translation>还没有快捷回复：在 私信 → 设置… 中添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="179"/>
        <source>No canned reply starts with “/%1”.</source>
        <translation>没有以“/%1”开头的快捷回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="260"/>
        <source>%1 replied meanwhile: “%2”. Send yours too?</source>
        <translation>%1 刚刚已回复：“%2”。仍要发送你的回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="261"/>
        <source>A teammate</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="302"/>
        <source>Could not send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="306"/>
        <source>The reply is empty.</source>
        <translation>回复是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="313"/>
        <source>The WeChat reply window is closed: wait for the user to write again.</source>
        <translation>微信回复窗口已关闭：请等待用户再次发来消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="318"/>
        <source>the member unsubscribed</source>
        <translation>成员已退订</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="319"/>
        <source>the member has not agreed to marketing</source>
        <translation>成员未同意接收营销消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="320"/>
        <source>the member withdrew consent</source>
        <translation>成员撤回了同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="323"/>
        <source>This marketing message cannot be sent: %1.</source>
        <translation>这条营销消息不能发送：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="329"/>
        <source>Banned or sensitive words: %1</source>
        <translation>违禁词或敏感词：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="332"/>
        <source>The member already got a marketing message within their chosen period.</source>
        <translation>该成员在其选择的周期内已经收到过营销消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_box.py" line="334"/>
        <source>Edit the text, or press “Send anyway”.</source>
        <translation>请修改文字，或点击“仍然发送”。</translation>
    </message>
</context>
<context>
    <name>ReplyTexts</name>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="32"/>
        <source>Subject of the replies</source>
        <translation>回复邮件的主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="33"/>
        <source>Code right: verified</source>
        <translation>验证码正确：验证成功</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="34"/>
        <source>Code wrong: tries left</source>
        <translation>验证码错误：剩余次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="35"/>
        <source>Too many wrong codes: locked</source>
        <translation>错误次数过多：已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="36"/>
        <source>Code expired</source>
        <translation>验证码已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="37"/>
        <source>Subject of a new code</source>
        <translation>新验证码邮件的主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="38"/>
        <source>A new code</source>
        <translation>新验证码</translation>
    </message>
</context>
<context>
    <name>ReplyTextsDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="87"/>
        <source>Verification replies</source>
        <translation>验证回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="88"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="89"/>
        <source>Default wording</source>
        <translation>恢复默认措辞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="111"/>
        <source>This did not work: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="121"/>
        <source>May use: %1</source>
        <translation>可用变量：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="133"/>
        <source>Cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="138"/>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="151"/>
        <source>Saved: members get this wording from now on.</source>
        <translation>已保存：之后成员收到的就是这段文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/reply_texts_dialog.py" line="161"/>
        <source>Back to the default wording.</source>
        <translation>已恢复默认措辞。</translation>
    </message>
</context>
<context>
    <name>ReplyTimeWatch</name>
    <message>
        <location filename="../../desktop/ui/inbox/reply_time.py" line="52"/>
        <source>Reply-time standard</source>
        <translation>回复时效标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_time.py" line="53"/>
        <source>%1 conversation(s) must be answered soon.</source>
        <translation>%1 个会话需要尽快回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/reply_time.py" line="60"/>
        <source>Reply time: %1 overdue, %2 due soon</source>
        <translation>回复时效：%1 个已超时，%2 个即将超时</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="218"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="219"/>
        <source>Still in the group</source>
        <translation>仍在群内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="220"/>
        <source>Active that week</source>
        <translation>当周活跃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="234"/>
        <source>Joined in week of</source>
        <translation>入群周（周一）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="234"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_views.py" line="235"/>
        <source>+%n week(s)</source>
        <translation>
            <numerusform>+%n 周</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="257"/>
        <source>This week has not come yet.</source>
        <translation>这一周还没到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="261"/>
        <source>Nobody joined in this week.</source>
        <translation>这一周没有人入群。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_views.py" line="271"/>
        <source>%1 of %n member(s) still in the group.</source>
        <translation>
            <numerusform>%n 人中有 %1 人仍在群内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/stats_views.py" line="273"/>
        <source>%1 of %n member(s) active that week.</source>
        <translation>
            <numerusform>%n 人中有 %1 人当周活跃。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/stats_views.py" line="279"/>
        <source>This week is not over yet.</source>
        <translation>本周还没结束。</translation>
    </message>
</context>
<context>
    <name>RetroPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="144"/>
        <source>Choose a period whose end is after its start.</source>
        <translation>请选择结束晚于开始的时间段。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="162"/>
        <source>Write at least the goal and the result.</source>
        <translation>至少填写目标和结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="165"/>
        <source>Retrospective saved.</source>
        <translation>复盘已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="179"/>
        <source>joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="180"/>
        <source>left</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="181"/>
        <source>members at the end</source>
        <translation>期末成员数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="182"/>
        <source>posts sent</source>
        <translation>已发推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="183"/>
        <source>DMs received</source>
        <translation>收到私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="184"/>
        <source>DMs answered</source>
        <translation>回复私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="185"/>
        <source>welcome journeys started</source>
        <translation>开始欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="186"/>
        <source>welcome journeys completed</source>
        <translation>完成欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="196"/>
        <source>Retrospective (复盘)</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="197"/>
        <source>Fill in the figures</source>
        <translation>填入数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="201"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="202"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="203"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="204"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="205"/>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="206"/>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="207"/>
        <source>Next actions</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="212"/>
        <source>Save retrospective</source>
        <translation>保存复盘</translation>
    </message>
</context>
<context>
    <name>RobotEditor</name>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="67"/>
        <source>Send test message</source>
        <translation>发送测试消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="77"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="78"/>
        <source>Webhook URL</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="79"/>
        <source>Signing secret</source>
        <translation>加签密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="80"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="81"/>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="93"/>
        <source>Add group robot</source>
        <translation>添加群机器人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="93"/>
        <source>Edit robot</source>
        <translation>编辑机器人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="108"/>
        <source>Paste the robot&apos;s webhook URL. If the robot signs requests, paste the secret (SEC…); if it requires a keyword, enter it: it is added to every message.</source>
        <translation>粘贴机器人的 Webhook 地址。若机器人开启了加签，请粘贴密钥（SEC…）；若要求关键词，请填写：每条消息都会带上它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="112"/>
        <source>Paste the robot&apos;s webhook URL; its key is kept in the keyring.</source>
        <translation>粘贴机器人的 Webhook 地址；其中的 key 保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="129"/>
        <source>Sending a test message…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="135"/>
        <source>The test message was posted.</source>
        <translation>测试消息已发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="138"/>
        <source>The platform answered: %1</source>
        <translation>平台返回：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/editor.py" line="154"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>RobotLabels</name>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="12"/>
        <source>WeCom (企业微信)</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="13"/>
        <source>Feishu (飞书)</source>
        <translation>飞书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="14"/>
        <source>DingTalk (钉钉)</source>
        <translation>钉钉</translation>
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
        <translation>已失效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="27"/>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/labels.py" line="28"/>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
</context>
<context>
    <name>RobotPreviewView</name>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="71"/>
        <source>None of the target groups has a group robot.</source>
        <translation>目标群组都没有关联群机器人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="80"/>
        <source>Too long for this robot (%1): it would be refused.</source>
        <translation>超出该机器人的长度限制（%1），会被平台拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="85"/>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="88"/>
        <source>Notifies: %1</source>
        <translation>会提醒：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="91"/>
        <source>Some @mentions in the text will not notify anyone here.</source>
        <translation>正文中的部分 @ 在这里不会提醒任何人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/preview.py" line="97"/>
        <source>%1 robots cannot upload local pictures: the attached pictures will not reach this group (only the text is posted).</source>
        <translation>%1机器人无法上传本地图片：附带的图片不会发到这个群（只发文字）。</translation>
    </message>
</context>
<context>
    <name>RobotsDialog</name>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="50"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="56"/>
        <source>Add group robot…</source>
        <translation>添加群机器人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="59"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="61"/>
        <source>Fixed: try again</source>
        <translation>已修复，重新发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="63"/>
        <source>After fixing the robot on the platform, send its waiting posts again</source>
        <translation>在平台上修复机器人后，重新发送等待中的推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="66"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="68"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="71"/>
        <source>Team alerts go to:</source>
        <translation>团队提醒发送到：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="83"/>
        <source>Group robots</source>
        <translation>群机器人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="104"/>
        <source>(no team alerts)</source>
        <translation>（不发送团队提醒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/robots/dialog.py" line="142"/>
        <source>Team alert robot saved.</source>
        <translation>团队提醒机器人已保存。</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="45"/>
        <location filename="../../desktop/ui/members/segment_bar.py" line="98"/>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="61"/>
        <source>(custom filter)</source>
        <translation>（自定义筛选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="93"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="95"/>
        <source>Filter by tag, group, role, lifecycle, activity, consent or birthday month</source>
        <translation>按标签、群组、角色、生命周期、活跃度、同意记录或生日月份筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_bar.py" line="103"/>
        <source>No saved segments yet: choose Filter…, then Save as segment</source>
        <translation>还没有保存的分群：点“筛选…”，再点“保存为分群”</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="157"/>
        <source>The lowest activity is above the highest.</source>
        <translation>最低活跃度高于最高活跃度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="159"/>
        <source>%1 members</source>
        <translation>%1 位成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="170"/>
        <source>Give the segment a name no other segment has.</source>
        <translation>请给分群起一个不重复的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="172"/>
        <source>Segment saved.</source>
        <translation>分群已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="182"/>
        <source>Filter members</source>
        <translation>筛选成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="183"/>
        <source>(any group)</source>
        <translation>（任意群组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="184"/>
        <source>(any role)</source>
        <translation>（任意角色）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="185"/>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="186"/>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="187"/>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="188"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="190"/>
        <source>Any of the tags</source>
        <translation>任一标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="191"/>
        <source>In group</source>
        <translation>所在群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="192"/>
        <source>With role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="193"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="194"/>
        <source>Activity score</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="195"/>
        <source>Has consent for</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="196"/>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="197"/>
        <source>Segment name</source>
        <translation>分群名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="201"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/segment_dialog.py" line="202"/>
        <source>Save as segment</source>
        <translation>保存为分群</translation>
    </message>
</context>
<context>
    <name>SegmentMessageDialog</name>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="148"/>
        <source>%1 messages queued (%2 already queued before); %3 members have no email address.</source>
        <translation>已排队 %1 条消息（此前已排队 %2 条）；%3 位成员没有邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="182"/>
        <source>Message segment</source>
        <translation>群发给分群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="184"/>
        <source>To: %1 — %2 members, %3 without an email address (left out).</source>
        <translation>发给：%1 — %2 位成员，其中 %3 位没有邮箱（不发送）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="189"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="190"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="191"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="192"/>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="193"/>
        <source>Marketing (needs the member&apos;s opt-in)</source>
        <translation>营销（需要成员同意）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="194"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="195"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="196"/>
        <source>Any topic</source>
        <translation>不限话题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="199"/>
        <source>Members who chose their topics on their preferences page get it only if they chose this one</source>
        <translation>在消息偏好页选择了话题的成员，只有选了这个话题才会收到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="205"/>
        <source>Variables: %1. Consent, frequency and quiet hours apply at send time.</source>
        <translation>变量：%1。发送时会检查同意记录、频率和免打扰时段。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/message_dialog.py" line="208"/>
        <source>Queue messages</source>
        <translation>放入发件箱</translation>
    </message>
</context>
<context>
    <name>SendingController</name>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="98"/>
        <location filename="../../desktop/ui/outbox/controller.py" line="116"/>
        <location filename="../../desktop/ui/outbox/controller.py" line="202"/>
        <source>Passwords not saved: no keyring</source>
        <translation>密码未保存：没有钥匙串</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="196"/>
        <source>&amp;Sending</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="197"/>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="198"/>
        <source>&amp;Channel accounts…</source>
        <translation>渠道账号(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/controller.py" line="199"/>
        <source>To post now</source>
        <translation>待手动发布</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="168"/>
        <source>Use {n} for a number (e.g. {n:02} → 01) and/or {loc} for a location.</source>
        <translation>用 {n} 表示编号（如 {n:02} → 01），用 {loc} 表示地点。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="176"/>
        <source>this name is already used</source>
        <translation>该名称已被使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="187"/>
        <source>A campaign group needs the campaign&apos;s end date.</source>
        <translation>活动群需要填写活动结束日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="190"/>
        <source>Create %1 groups</source>
        <translation>创建 %1 个群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="213"/>
        <source>Create a series of groups</source>
        <translation>批量创建群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="214"/>
        <source>Name pattern</source>
        <translation>命名规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="215"/>
        <source>Numbers ({n})</source>
        <translation>编号（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="216"/>
        <source>Locations ({loc})</source>
        <translation>地点（{loc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="217"/>
        <source>Comma-separated, e.g. 北京, 上海</source>
        <translation>用逗号分隔，例如：北京, 上海</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="218"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="219"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="220"/>
        <source>Campaign ends</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="223"/>
        <source>Each name must carry the brand keyword and have at most 12 characters. Nothing is created while any name is refused.</source>
        <translation>每个名称都必须包含品牌关键词且不超过 12 个字符。只要有一个名称不合格，就不会创建任何群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/series_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45"/>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52"/>
        <source>e.g. 拾光 — every group name must contain it</source>
        <translation>例如：拾光——每个群名都必须包含它</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>Label=HH:MM, separated by commas</source>
        <translation>名称=时:分，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69"/>
        <source>Workspace name</source>
        <translation>工作区名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71"/>
        <source>Brand keyword</source>
        <translation>品牌关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>Calendar slots</source>
        <translation>日历时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77"/>
        <source>Holidays and make-up workdays…</source>
        <translation>节假日与调休…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79"/>
        <source>What the calendar marks and when marketing waits; correct any date</source>
        <translation>日历上标注的假日、营销消息何时顺延；可修改任意日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>https://club.example.org (behind your HTTPS proxy)</source>
        <translation>https://club.example.org（在你的 HTTPS 反向代理之后）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90"/>
        <source>Where members open their personal center, preferences and unsubscribe links. Empty: the address the worker listens on.</source>
        <translation>成员打开个人中心、消息偏好和退订链接的地址。留空则使用后台服务的监听地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96"/>
        <source>Members see their activity score</source>
        <translation>成员可以看到自己的活跃度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98"/>
        <source>Members may change their name and birthday</source>
        <translation>成员可以修改自己的称呼和生日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101"/>
        <source>Member pages address</source>
        <translation>成员页面地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="103"/>
        <source>Personal center</source>
        <translation>个人中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="129"/>
        <source>Write the address as https://host (no ?query or #fragment).</source>
        <translation>地址格式为 https://主机名（不能带 ?查询 或 #片段）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="139"/>
        <source>Write slots as Label=HH:MM separated by commas, e.g. 早=08:00, 中=12:00</source>
        <translation>时段写作 名称=时:分，用逗号分隔，例如 早=08:00, 中=12:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="154"/>
        <source>The workspace needs a name.</source>
        <translation>工作区需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="155"/>
        <source>Unknown time zone.</source>
        <translation>未知的时区。</translation>
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
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="44"/>
        <source>Groups tab (Ctrl+2 … Ctrl+5: the others)</source>
        <translation>群组页（Ctrl+2 … Ctrl+5：其他页）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="49"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="54"/>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="59"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="64"/>
        <source>This list of shortcuts</source>
        <translation>本快捷键列表</translation>
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
        <translation>私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="69"/>
        <source>Next conversation</source>
        <translation>下一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="74"/>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="79"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="84"/>
        <source>Resolve</source>
        <translation>标记已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="89"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="94"/>
        <source>Insert a canned reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="99"/>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="104"/>
        <source>Send the reply</source>
        <translation>发送回复</translation>
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
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="109"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="114"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="119"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="124"/>
        <source>New post</source>
        <translation>新建推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="129"/>
        <source>Schedule the week</source>
        <translation>排程本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="134"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="139"/>
        <source>Redo (also Ctrl+Y)</source>
        <translation>重做（也可用 Ctrl+Y）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="144"/>
        <source>Move the selected post a slot earlier</source>
        <translation>所选推送提前一个时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="149"/>
        <source>Move the selected post a slot later</source>
        <translation>所选推送推后一个时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="154"/>
        <source>Move the selected post a day earlier</source>
        <translation>所选推送提前一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="159"/>
        <source>Move the selected post a day later</source>
        <translation>所选推送推后一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="164"/>
        <source>Open the selected post</source>
        <translation>打开所选推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="169"/>
        <source>Delete the selected post</source>
        <translation>删除所选推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="172"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="177"/>
        <source>Groups and members</source>
        <translation>群组与成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="174"/>
        <source>New group or member</source>
        <translation>新建群组或成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="179"/>
        <source>Save the form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="182"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="187"/>
        <source>Welcome templates</source>
        <translation>欢迎模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="184"/>
        <source>Move the step up</source>
        <translation>步骤上移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="189"/>
        <source>Move the step down</source>
        <translation>步骤下移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="207"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="211"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="211"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="41"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/sop_panel.py" line="41"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="125"/>
        <source>A group of that name exists already.</source>
        <translation>已有同名群组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="144"/>
        <source>Split the group</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="147"/>
        <source>Open a sibling group of the same series, or a sub-community (亚社群) under this group, and move the members you tick into it.</source>
        <translation>开设同系列的兄弟群，或本群下的亚社群，并把勾选的成员移过去。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="151"/>
        <source>Sibling group (next in the series)</source>
        <translation>兄弟群（系列中的下一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="153"/>
        <source>Sub-community of this group</source>
        <translation>本群的亚社群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="154"/>
        <source>Members to move:</source>
        <translation>要移动的成员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="155"/>
        <source>Create and move</source>
        <translation>创建并移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/split_dialog.py" line="156"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="149"/>
        <source>Updating the Matrix room…</source>
        <translation>正在更新 Matrix 房间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="154"/>
        <source>The role is saved here, but the room refused it: %1</source>
        <translation>角色已在本地保存，但房间拒绝了该更改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="165"/>
        <source>Nobody is owner or admin: nobody can moderate.</source>
        <translation>没有群主或管理员：无人能管理本群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="167"/>
        <source>The campaign is running without a 气氛组 (atmosphere crew).</source>
        <translation>活动进行中却没有气氛组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="190"/>
        <source>Select a member first.</source>
        <translation>请先选择一位成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="193"/>
        <source>Say which rule was broken.</source>
        <translation>请说明违反了哪条规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="213"/>
        <source>Applying in the Matrix room…</source>
        <translation>正在 Matrix 房间中执行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="221"/>
        <source>The room refused it; nothing was recorded: %1</source>
        <translation>房间拒绝了该操作，未作记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="229"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="232"/>
        <source>%1 for this rule</source>
        <translation>此规则：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="252"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="252"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="253"/>
        <source>Moderation: warn → mute → remove</source>
        <translation>处罚：警告 → 禁言 → 移出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="254"/>
        <source>The red line that was crossed</source>
        <translation>触犯的红线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/staffing_panel.py" line="256"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="109"/>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="110"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="111"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="112"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="113"/>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="114"/>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_preview.py" line="49"/>
        <source>Preview for</source>
        <translation>预览对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="127"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="129"/>
        <source>Send this step</source>
        <translation>发送此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="130"/>
        <source>Switched off, members skip this step</source>
        <translation>已关闭，成员将跳过此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="131"/>
        <source>Email subject (may use variables)</source>
        <translation>邮件主题（可使用变量）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="132"/>
        <source>Hello {name}, welcome to {group}!</source>
        <translation>你好 {name}，欢迎加入 {group}！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variable_list.py" line="33"/>
        <source>Click to insert at the cursor</source>
        <translation>点击插入到光标处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="134"/>
        <source>Save step</source>
        <translation>保存步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="135"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="136"/>
        <source>Variants…</source>
        <translation>版本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="137"/>
        <source>Other versions of this step: per channel, or A/B</source>
        <translation>此步骤的其他版本：按渠道或 A/B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_preview.py" line="75"/>
        <source>Could not read the sample member: %1</source>
        <translation>无法读取示例成员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="334"/>
        <source>A step needs a title.</source>
        <translation>步骤需要标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="384"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="388"/>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="388"/>
        <source>message</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="390"/>
        <source>Not saved: the %1 template has problems.</source>
        <translation>未保存：%1模板有问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="382"/>
        <source>Not saved: this step was deleted meanwhile.</source>
        <translation>未保存：此步骤已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="373"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SurveyInviteFlow</name>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="21"/>
        <source>Send to a segment</source>
        <translation>发给分群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="27"/>
        <source>There is no saved segment yet: save one in the Members tab first.</source>
        <translation>还没有保存的分群：请先在「成员」标签页保存一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="33"/>
        <source>Mail the questions to:</source>
        <translation>把问题发给：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="43"/>
        <source>Mail the questions of 「%1」 to the %2 members of 「%3」? %4 have no email address and are left out; members who said no to marketing mail are skipped when it is sent, and nobody is asked twice.</source>
        <translation>把「%1」的问题发给「%3」的 %2 位成员？其中 %4 人没有邮箱，不会收到；拒收营销邮件的成员在发送时会被跳过，同一个人不会被问两次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="59"/>
        <source>Start the survey first.</source>
        <translation>请先开始这个问卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/campaign_invite.py" line="65"/>
        <source>%1 members asked; %2 had been asked before.</source>
        <translation>已邀请 %1 人；%2 人之前已邀请过。</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="124"/>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="128"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="129"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="130"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="131"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="132"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="139"/>
        <source>Teammates who use the same PostgreSQL database share groups, members, the calendar and the inbox. The choice applies the next time Shequn Desk starts; the password is kept in the system keyring.</source>
        <translation>使用同一个 PostgreSQL 数据库的同事共享群组、成员、内容日历和私信。更改在下次启动社群运营台时生效；密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="144"/>
        <source>Test</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="145"/>
        <source>Use this team database</source>
        <translation>使用此团队数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="146"/>
        <source>Use this computer&apos;s workspace</source>
        <translation>使用本机工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="172"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="179"/>
        <source>Works: %1</source>
        <translation>可以使用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="182"/>
        <source>Cannot use it: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="192"/>
        <source>Saved. Restart Shequn Desk to open the team workspace.</source>
        <translation>已保存。重新启动社群运营台即可打开团队工作区。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="203"/>
        <source>Saved. Restart Shequn Desk to open this computer&apos;s workspace.</source>
        <translation>已保存。重新启动社群运营台即可打开本机工作区。</translation>
    </message>
</context>
<context>
    <name>TeamKeyBox</name>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="76"/>
        <source>Team key (shared account passwords)</source>
        <translation>团队密钥（共享账号密码）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="77"/>
        <source>Create team key</source>
        <translation>创建团队密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="78"/>
        <source>Generate invite code</source>
        <translation>生成邀请码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="79"/>
        <source>Invite code from an admin</source>
        <translation>管理员发来的邀请码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="80"/>
        <source>Join with code</source>
        <translation>用邀请码加入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="94"/>
        <source>Reading the team key…</source>
        <translation>正在读取团队密钥…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="98"/>
        <source>This team keeps account passwords on each computer. Create a team key to store them in the team database, encrypted, for every teammate and the server&apos;s worker.</source>
        <translation>本团队的账号密码目前保存在各自电脑上。创建团队密钥后，密码会加密保存在团队数据库中，所有队友和服务器上的后台程序都能使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="105"/>
        <source>This computer cannot read the team&apos;s passwords: %1</source>
        <translation>这台电脑无法读取团队的密码：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="111"/>
        <source>This computer holds the team key (%1).</source>
        <translation>这台电脑已有团队密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="126"/>
        <source>Creating the team key…</source>
        <translation>正在创建团队密钥…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="132"/>
        <source>Team key created; %1 password(s) from this computer moved in.</source>
        <translation>团队密钥已创建；已将这台电脑上的 %1 个密码加密移入团队数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="147"/>
        <source>Send this code to one teammate; it works once, until %1 UTC.</source>
        <translation>请把此邀请码发给一位队友；仅可使用一次，有效期至 UTC %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="164"/>
        <source>Joined: this computer now holds the team key (%1).</source>
        <translation>已加入：这台电脑现在有团队密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_key_box.py" line="170"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>TeamStatsDialog</name>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="40"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="50"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="100"/>
        <source>Team figures</source>
        <translation>团队数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="101"/>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="103"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="104"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="105"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="106"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="112"/>
        <source>Operator</source>
        <translation>运营人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="113"/>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="114"/>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="115"/>
        <source>Median first response</source>
        <translation>首次回复中位时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="116"/>
        <source>Median resolution</source>
        <translation>解决中位时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="120"/>
        <source>Times count working hours only, as in the reply-time standards.</source>
        <translation>时间只计算工作时间，与回复时效标准一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="141"/>
        <source>Could not read the figures: %1</source>
        <translation>无法读取统计：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/team_dialog.py" line="150"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>Teammates</name>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="34"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="35"/>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="41"/>
        <source>A teammate needs a name.</source>
        <translation>请填写团队成员的姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="42"/>
        <source>That is not an email address.</source>
        <translation>这不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="43"/>
        <source>An active teammate already has that name.</source>
        <translation>已有同名的在职团队成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="46"/>
        <source>The workspace must keep at least one active admin.</source>
        <translation>工作区至少要保留一位在职管理员。</translation>
    </message>
</context>
<context>
    <name>TeammatesDialog</name>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="110"/>
        <source>Teammates</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="111"/>
        <source>This computer is used by</source>
        <translation>本机使用者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <location filename="../../desktop/ui/teammates_dialog.py" line="115"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="113"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="116"/>
        <source>Email (optional)</source>
        <translation>邮箱（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="117"/>
        <source>Add teammate</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/teammates_dialog.py" line="118"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="13"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="14"/>
        <source>Group message</source>
        <translation>群消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="15"/>
        <source>Manual task</source>
        <translation>人工任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="22"/>
        <source>after joining</source>
        <translation>入群后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="23"/>
        <source>after the previous step</source>
        <translation>上一步之后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="62"/>
        <source>on joining</source>
        <translation>入群时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="64"/>
        <source>right after previous</source>
        <translation>紧接上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="67"/>
        <source>%1 after joining</source>
        <translation>入群后 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="70"/>
        <source>%1 after previous</source>
        <translation>上一步后 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="77"/>
        <source>The member&apos;s name</source>
        <translation>成员的称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="78"/>
        <source>The group&apos;s name</source>
        <translation>群名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="79"/>
        <source>The brand keyword</source>
        <translation>品牌关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="80"/>
        <source>A one-time verification code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="81"/>
        <source>The group&apos;s rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="82"/>
        <source>Content picked for the member</source>
        <translation>为成员挑选的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="85"/>
        <source>The group&apos;s purpose</source>
        <translation>群定位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="86"/>
        <source>The group&apos;s announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="87"/>
        <source>The link to join</source>
        <translation>入群链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="88"/>
        <source>The operator&apos;s name</source>
        <translation>运营人员的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="89"/>
        <source>Today&apos;s date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="90"/>
        <source>How to unsubscribe</source>
        <translation>退订方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="91"/>
        <source>The member&apos;s personal center link</source>
        <translation>成员的个人中心链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="94"/>
        <source>The member&apos;s preferences link</source>
        <translation>成员的消息偏好链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="112"/>
        <source>The template is empty.</source>
        <translation>模板是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="114"/>
        <source>Unknown variable {%1}</source>
        <translation>未知变量 {%1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="117"/>
        <source>“{” is never closed (write {{ for a brace)</source>
        <translation>“{”没有闭合（要输入花括号请写 {{）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="120"/>
        <source>“}” without an opening “{” (write }})</source>
        <translation>“}”缺少对应的“{”（要输入花括号请写 }}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="123"/>
        <source>Not a valid placeholder: %1</source>
        <translation>无效的占位符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="129"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="103"/>
        <source>Welcome journeys</source>
        <translation>欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="104"/>
        <source>New journey name</source>
        <translation>新流程名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="105"/>
        <source>New journey</source>
        <translation>新建流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="106"/>
        <source>New journey from the 8-step default</source>
        <translation>从 8 步默认流程新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="107"/>
        <location filename="../../desktop/ui/templates/tab.py" line="109"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="108"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="109"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="109"/>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="110"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="113"/>
        <source>No welcome journeys yet. Create one with New journey, or start from the default.</source>
        <translation>还没有欢迎流程。点“新建流程”创建一个，或从默认流程开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/tab.py" line="207"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="208"/>
        <source>no group attached</source>
        <translation>未关联群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="237"/>
        <source>Steps of %1</source>
        <translation>%1 的步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="239"/>
        <source>No journey yet: create one on the left.</source>
        <translation>还没有欢迎流程：在左侧新建一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="244"/>
        <source>No steps yet. Each step is a message (email, group message or a manual task) sent a set time after joining or after the previous step: add one with Add step.</source>
        <translation>还没有步骤。每一步是一条消息（邮件、群消息或人工任务），在入群或上一步之后的设定时间发送：点“添加步骤”添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="269"/>
        <source>Could not read the journeys: %1</source>
        <translation>无法读取欢迎流程：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="277"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="283"/>
        <source>Switched off: members skip this step</source>
        <translation>已关闭：成员将跳过此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="302"/>
        <location filename="../../desktop/ui/templates/tab.py" line="365"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="327"/>
        <source>A journey needs a name.</source>
        <translation>流程需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="346"/>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="347"/>
        <source>Hello {name}, welcome to {group}!</source>
        <translation>你好 {name}，欢迎加入 {group}！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="363"/>
        <source>The starter template is invalid.</source>
        <translation>初始模板无效。</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="55"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="56"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="44"/>
        <source>Internal note (not sent to the member)</source>
        <translation>内部备注（不会发给成员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="46"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="48"/>
        <source>Write a note for your teammates…</source>
        <translation>给同事写条备注…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="111"/>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="128"/>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="134"/>
        <source>Pick a conversation on the left. Messages members send to your mail, Matrix or Telegram accounts appear there.</source>
        <translation>请在左侧选择一个会话。成员发到您的邮件、Matrix 或 Telegram 账号的消息会出现在那里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="143"/>
        <source>%1 · via %2</source>
        <translation>%1 · 来自%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_header.py" line="75"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="188"/>
        <source>Could not read the conversation: %1</source>
        <translation>无法读取会话：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="194"/>
        <location filename="../../desktop/ui/inbox/note_box.py" line="85"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="85"/>
        <source>Not sent yet: %1</source>
        <translation>尚未发出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="87"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="88"/>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="89"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="90"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="91"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="92"/>
        <source>To post by hand</source>
        <translation>待手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="93"/>
        <source>Waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="212"/>
        <source>No messages yet. Write the first reply below; it goes out by %1.</source>
        <translation>还没有消息。在下方写下第一条回复，它将通过%1发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="294"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="295"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="35"/>
        <source>The member unsubscribed (%1).</source>
        <translation>成员已退订（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="52"/>
        <source>Remote images are blocked. Show them</source>
        <translation>已阻止远程图片。点此显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_html.py" line="69"/>
        <source>Counted as feedback</source>
        <translation>计为反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="329"/>
        <source>Reply not sent</source>
        <translation>回复尚未发出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="330"/>
        <source>This reply has not been sent yet. Mark the conversation resolved anyway?</source>
        <translation>这条回复还没有发出，仍要标为已解决？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="351"/>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/note_box.py" line="63"/>
        <source>The note is empty.</source>
        <translation>备注是空的。</translation>
    </message>
</context>
<context>
    <name>TodoNotifier</name>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="260"/>
        <source>To post now</source>
        <translation>待手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="262"/>
        <source>A message is due in %1: post it by hand.</source>
        <translation>%1 有一条消息到期：请手动发布。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="264"/>
        <source>%n message(s) are due to be posted by hand.</source>
        <translation>
            <numerusform>%n 条消息到期，需要手动发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/todo_panel.py" line="273"/>
        <source>Shequn Desk</source>
        <translation>社群运营台</translation>
    </message>
</context>
<context>
    <name>UnsentBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/unsent.py" line="44"/>
        <source>This reply has not been sent: %1</source>
        <translation>这条回复还没有发出：%1</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="128"/>
        <source>Variants of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="131"/>
        <source>Another version of this step: for one channel (e.g. a shorter text in the group), or side A or B of a random split compared in the funnel.</source>
        <translation>此步骤的另一个版本：针对某个渠道（例如群里用更短的文字），或随机分组中的 A 组或 B 组，在漏斗中比较效果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="135"/>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="162"/>
        <source>No A/B side</source>
        <translation>不分组</translation>
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
        <translation>A/B 组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="143"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="144"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="145"/>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="146"/>
        <source>Email subject (may use variables)</source>
        <translation>邮件主题（可使用变量）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="147"/>
        <source>Hello {name}, welcome to {group}!</source>
        <translation>你好 {name}，欢迎加入 {group}！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="148"/>
        <source>New variant</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="149"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="150"/>
        <source>Save variant</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="151"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="162"/>
        <source>Side %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="254"/>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="254"/>
        <source>message</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="259"/>
        <source>Not saved: the %1 template cannot be rendered (%2).</source>
        <translation>未保存：%1模板无法渲染（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="269"/>
        <source>Not saved: the %1 template has problems.</source>
        <translation>未保存：%1模板有问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="299"/>
        <source>Not saved: this step or variant was deleted.</source>
        <translation>未保存：此步骤或版本已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="293"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="301"/>
        <source>This did not work: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/variant_editor.py" line="313"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>WeChatKfDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="39"/>
        <source>WeChat customer service (微信客服)</source>
        <translation>微信客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="48"/>
        <source>Load 客服账号 from WeCom</source>
        <translation>从企业微信读取客服账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="52"/>
        <source>Serve the checked accounts in the inbox</source>
        <translation>在私信中接待勾选的客服账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="60"/>
        <source>Sent within 20 s when someone opens the chat (empty: no welcome)</source>
        <translation>用户进入会话后 20 秒内发送（留空则不发欢迎语）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="64"/>
        <source>Sent when an operator ends the session</source>
        <translation>运营结束会话时发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="67"/>
        <source>Save texts</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="71"/>
        <source>scene, e.g. poster_1212</source>
        <translation>场景值，例如 poster_1212</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="73"/>
        <source>where it is used, e.g. 门店海报</source>
        <translation>用在哪里，例如 门店海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="74"/>
        <source>Create link</source>
        <translation>生成链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="78"/>
        <source>Save QR code (PNG)…</source>
        <translation>保存二维码（PNG）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="86"/>
        <source>WeCom app</source>
        <translation>企业微信应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="87"/>
        <source>客服账号</source>
        <translation>客服账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="89"/>
        <source>Served account</source>
        <translation>接待的客服账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="90"/>
        <source>Welcome journey</source>
        <translation>欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="91"/>
        <source>Welcome text</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="92"/>
        <source>Closing words (结束语)</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="98"/>
        <source>New contact link</source>
        <translation>新客服链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="99"/>
        <source>Contact links</source>
        <translation>客服链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="121"/>
        <source>None: send the welcome text</source>
        <translation>不用流程：发送欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="128"/>
        <source>Add a WeCom app account first (Accounts…).</source>
        <translation>请先添加企业微信应用账号（账号…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="163"/>
        <source>%1 · %2 · %3 conversations</source>
        <translation>%1 · %2 · %3 个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="178"/>
        <source>Asking WeCom…</source>
        <translation>正在询问企业微信…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="194"/>
        <source>WeCom lists no 客服账号 this app may manage (微信客服 → API).</source>
        <translation>企业微信未列出此应用可管理的客服账号（微信客服 → API）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="237"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="260"/>
        <source>Pick a contact link first.</source>
        <translation>请先选择一个客服链接。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="264"/>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="272"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wechat_kf_dialog.py" line="274"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>WeComAccountEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="110"/>
        <source>WeCom app</source>
        <translation>企业微信应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="111"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="112"/>
        <source>Corp ID</source>
        <translation>企业ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="113"/>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="163"/>
        <source>AgentId (app ID)</source>
        <translation>AgentId(应用ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="114"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="115"/>
        <source>Callback token</source>
        <translation>回调 Token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="116"/>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="117"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="120"/>
        <source>The app needs the 客户联系 permission. Apps created after 2022-06-20 answer only from trusted IPs: run the worker on the team server, or add this computer&apos;s IP to the app&apos;s trusted IPs. Secrets are kept in the system keyring; leave them empty to keep the stored ones.</source>
        <translation>应用需要“客户联系”权限。2022-06-20 之后创建的应用只接受企业可信IP的调用：请在团队服务器上运行 worker，或把本机 IP 加入应用的可信IP。密钥保存在系统钥匙串中；留空则保留已保存的值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="161"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="162"/>
        <source>corp ID (starts with ww or wx)</source>
        <translation>企业ID（以 ww 或 wx 开头）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="164"/>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="165"/>
        <source>EncodingAESKey (43 letters and digits)</source>
        <translation>EncodingAESKey（43 位字母和数字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="166"/>
        <source>callback token</source>
        <translation>回调 Token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="167"/>
        <source>server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="170"/>
        <source>Please check: %1</source>
        <translation>请检查：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="172"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="178"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_editor.py" line="188"/>
        <source>Connected: token fetched and customer groups readable.</source>
        <translation>连接成功：已获取 token，可读取客户群。</translation>
    </message>
</context>
<context>
    <name>WeComPanel</name>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="149"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="150"/>
        <source>Link to this group</source>
        <translation>关联到本群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <source>Customer group</source>
        <translation>客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="152"/>
        <source>Linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="154"/>
        <source>群发 tasks waiting for the owner</source>
        <translation>待群主确认的群发任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Groups</source>
        <translation>群数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Reminders left</source>
        <translation>剩余提醒次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="156"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="158"/>
        <source>Remind owner</source>
        <translation>提醒群主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="159"/>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="160"/>
        <source>Welcome template and 群活码</source>
        <translation>入群欢迎语模板与群活码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="161"/>
        <source>Keep welcome in WeCom</source>
        <translation>同步欢迎语到企业微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="162"/>
        <source>Source tag for new members (≤ 30 characters)</source>
        <translation>新成员来源标记（不超过 30 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="163"/>
        <source>When full, next group&apos;s name (optional)</source>
        <translation>满员后自动建的新群名（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="164"/>
        <source>Make 群活码</source>
        <translation>生成群活码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="165"/>
        <source>Save QR as PNG…</source>
        <translation>二维码另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="188"/>
        <source>No WeCom app yet: add one under Sending → Channel accounts…</source>
        <translation>还没有企业微信应用：请在 发送 → 渠道账号… 中添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="213"/>
        <source>this group</source>
        <translation>本群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="215"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="225"/>
        <source>%1 customer groups; %2 tasks waiting for confirmation.</source>
        <translation>%1 个客户群；%2 个任务待确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="233"/>
        <source>Not linked to a WeCom customer group yet.</source>
        <translation>尚未关联企业微信客户群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="235"/>
        <source>not yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="237"/>
        <source>Owner %1. Welcome template: %2. {name} becomes %NICKNAME%.</source>
        <translation>群主 %1。欢迎语模板：%2。{name} 对应 %NICKNAME%。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="257"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="264"/>
        <source>Synced %1 groups: %2 joined, %3 left.</source>
        <translation>已同步 %1 个群：%2 人入群，%3 人退群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="284"/>
        <source>OK</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="285"/>
        <source>Linked. Name rule: %1</source>
        <translation>已关联。群名规则：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="301"/>
        <source>Owner reminded.</source>
        <translation>已提醒群主。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="312"/>
        <source>Task cancelled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="320"/>
        <source>Welcome kept in WeCom.</source>
        <translation>欢迎语已同步到企业微信。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/wecom_panel.py" line="363"/>
        <source>Save QR</source>
        <translation>保存二维码</translation>
    </message>
</context>
<context>
    <name>WeComProblems</name>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="19"/>
        <source>Bad secret: the app&apos;s Secret is wrong or was reset; copy it again.</source>
        <translation>Secret 错误：应用的 Secret 填错或已被重置，请重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="22"/>
        <source>Bad corp ID: copy it from 我的企业.</source>
        <translation>企业ID 错误：请从「我的企业」重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="23"/>
        <source>The access token was refused; it is fetched again.</source>
        <translation>access_token 无效，将重新获取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="26"/>
        <source>Bad AgentId: it does not belong to this corp.</source>
        <translation>AgentId 错误：该应用不属于此企业。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="29"/>
        <source>No secret: the app&apos;s Secret is empty.</source>
        <translation>缺少 Secret：应用的 Secret 为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="30"/>
        <source>The access token expired; it is fetched again.</source>
        <translation>access_token 已过期，将重新获取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="33"/>
        <source>WeCom&apos;s rate limit was hit: too many calls to this API for the corp; the app waits and tries again.</source>
        <translation>触发企业微信接口频率限制：本企业调用该接口过于频繁，应用会稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="38"/>
        <source>No 客户联系 permission: add this app under 客户联系 → API → 可调用接口的应用 in the admin console.</source>
        <translation>没有客户联系权限：请在管理后台「客户联系 → API → 可调用接口的应用」中添加本应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="43"/>
        <source>IP not trusted: this computer&apos;s IP is not in the app&apos;s trusted IPs; run the worker on the team server or add this IP.</source>
        <translation>IP 不在可信范围：本机 IP 不在应用的企业可信 IP 中，请在团队服务器上运行 worker，或把本机 IP 加入可信 IP。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="48"/>
        <source>Outside the app&apos;s visible range: add the member to the app&apos;s 可见范围.</source>
        <translation>不在应用可见范围：请把该成员加入应用的可见范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="52"/>
        <source>Too many people visible to the app: groups are listed owner by owner.</source>
        <translation>应用可见范围超过 1000 人：将按群主逐个读取客户群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="56"/>
        <source>The welcome code was already used or has expired: a welcome can be sent once, within 20 s of the contact being added.</source>
        <translation>欢迎语 code 已使用或已过期：添加客户后 20 秒内只能发送一次欢迎语。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="61"/>
        <source>The message is still being sent: try again in a moment.</source>
        <translation>消息仍在发送中，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="64"/>
        <source>Nothing left to send: the task was already sent or cancelled.</source>
        <translation>没有可发送的内容：该任务已发送或已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="67"/>
        <source>Too many concurrent calls: the app waits and tries again.</source>
        <translation>并发调用过多，应用会稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="70"/>
        <source>Not an owner: the sender is not the owner of every group in the task.</source>
        <translation>不是群主：发送人不是任务中所有群的群主。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="74"/>
        <source>WeCom is busy: the app tries again.</source>
        <translation>企业微信系统繁忙，应用会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="81"/>
        <source>No answer from WeCom; the call may have taken effect, so it is checked before trying again: %1</source>
        <translation>企业微信未应答，该操作可能已生效，将先核对再重试：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="87"/>
        <source>Cannot reach WeCom: %1</source>
        <translation>无法连接企业微信：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="93"/>
        <source>WeCom error %1: %2</source>
        <translation>企业微信错误 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/wecom_problems.py" line="98"/>
        <source>%1 (WeCom %2)</source>
        <translation>%1（企业微信 %2）</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="166"/>
        <source>Double-click to plan a post here</source>
        <translation>双击在这里安排一条推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="196"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="201"/>
        <source>Marketing heavy</source>
        <translation>营销偏多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="224"/>
        <source>Working day (%1)</source>
        <translation>调休上班（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="230"/>
        <source>(provisional)</source>
        <translation>（待公布）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="241"/>
        <source>Computed by rule; the official dates are not announced yet.</source>
        <translation>按规则推算，待国务院公布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="253"/>
        <source>%n post(s) on this day</source>
        <translation>这一天有 %n 条推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="257"/>
        <source>Marketing is %1% of this day&apos;s posts, above the %2% limit.</source>
        <translation>这一天营销类推送占 %1%，超过了 %2% 的上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="270"/>
        <source>Drop a post here to move it to this day at the same time.</source>
        <translation>把推送拖到这里，可改到这一天的同一时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="283"/>
        <source>Repeats weekly</source>
        <translation>每周重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="285"/>
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>未勾选目标群组：这条推送不会发往任何地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="289"/>
        <source>Sent posts stay where they were sent.</source>
        <translation>已发送的推送不能移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="306"/>
        <source>Another post goes to %1 in the same slot.</source>
        <translation>同一时段还有另一条推送发往 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="310"/>
        <source>This time is inside the workspace&apos;s quiet hours.</source>
        <translation>这个时间处于工作区的免打扰时段内。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="313"/>
        <source>%1 is archived (or closes) before this day.</source>
        <translation>%1 在这一天之前已归档（或将关闭）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="115"/>
        <source>This member is not in a welcome journey.</source>
        <translation>该成员不在任何欢迎流程中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="118"/>
        <source>Journey</source>
        <translation>欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="118"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="118"/>
        <source>Verification</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="122"/>
        <source>Code the member gave you (6 digits)</source>
        <translation>成员提供的验证码（6 位数字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="123"/>
        <source>Check code</source>
        <translation>核对验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="124"/>
        <source>Resend code</source>
        <translation>重发验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="125"/>
        <source>Interaction tasks</source>
        <translation>互动任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="152"/>
        <source>This did not work: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="157"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="159"/>
        <source>Locked after too many wrong codes</source>
        <translation>错误次数过多，已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="161"/>
        <source>Expired without an answer — possibly a bot</source>
        <translation>已过期且未回复——可能是机器人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/welcome_page.py" line="163"/>
        <source>Waiting for the code: %n try(s) left</source>
        <translation>
            <numerusform>等待验证码：还可尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="165"/>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="169"/>
        <source>No code sent yet</source>
        <translation>尚未发送验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="176"/>
        <source>side %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="180"/>
        <source>%1 of %2 steps reached</source>
        <translation>已到达 %2 步中的第 %1 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="185"/>
        <source>last: %1</source>
        <translation>上一步：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="187"/>
        <source>next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="189"/>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="204"/>
        <source>Done %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="206"/>
        <source>The tasks appear when the member reaches that step.</source>
        <translation>成员到达该步骤后会显示任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="215"/>
        <source>Enter the code first.</source>
        <translation>请先输入验证码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="227"/>
        <source>Verified: the journey continues.</source>
        <translation>已验证：流程继续。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/members/welcome_page.py" line="229"/>
        <source>Wrong code: %n try(s) left.</source>
        <translation>
            <numerusform>验证码错误：还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="231"/>
        <source>Wrong code: verification is now locked.</source>
        <translation>验证码错误：验证已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="233"/>
        <source>The code has expired: send a new one.</source>
        <translation>验证码已过期：请重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="235"/>
        <source>Already verified.</source>
        <translation>已验证过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="237"/>
        <location filename="../../desktop/ui/members/welcome_page.py" line="257"/>
        <source>This member has no open code.</source>
        <translation>该成员没有待验证的验证码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="250"/>
        <source>Too many resends: try again after %1</source>
        <translation>重发次数过多：请在 %1 之后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="253"/>
        <source>A new code is on its way.</source>
        <translation>新验证码已发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/welcome_page.py" line="271"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="45"/>
        <source>Sending: waiting for the workspace</source>
        <translation>发送：等待工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="47"/>
        <source>Sending: paused</source>
        <translation>发送：已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="49"/>
        <source>Sending: stopped</source>
        <translation>发送：已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="54"/>
        <source>Sending: %1 waiting for a mail account</source>
        <translation>发送：%1 条等待邮件账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="58"/>
        <source>Sending: %1 waiting for a channel account</source>
        <translation>发送：%1 条等待渠道账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="62"/>
        <source>Sending: running</source>
        <translation>发送：运行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="66"/>
        <source>%1 due</source>
        <translation>%1 条到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="70"/>
        <source>%1 sending</source>
        <translation>%1 条发送中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="79"/>
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="134"/>
        <source>Click to open the outbox.</source>
        <translation>点击打开发件箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="137"/>
        <source>Last error (%1): %2</source>
        <translation>最近错误（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="143"/>
        <source>This session: %1 sent, %2 failed</source>
        <translation>本次运行：已发送 %1 条，失败 %2 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="149"/>
        <source>Set up or fix the account under Sending → Channel accounts…</source>
        <translation>请在 发送 → 渠道账号… 中设置或修复账号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="165"/>
        <source>Open the outbox…</source>
        <translation>打开发件箱…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="166"/>
        <source>Pause sending</source>
        <translation>暂停发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox/worker_status.py" line="167"/>
        <source>Sending worker</source>
        <translation>发送服务</translation>
    </message>
</context>
</TS>
