<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="51" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="53" />
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="54" />
        <source>Poster…</source>
        <translation>海报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="55" />
        <source>Voice file…</source>
        <translation>语音文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="56" />
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="58" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="93" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="94" />
        <source>Posters (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>海报 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="95" />
        <source>Voice files (*.mp3 *.m4a *.amr *.wav *.ogg)</source>
        <translation>语音文件 (*.mp3 *.m4a *.amr *.wav *.ogg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="97" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="105" />
        <source>Add a link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="106" />
        <source>Address (https://…)</source>
        <translation>地址（https://…）</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="95" />
        <source>Search drafts and materials</source>
        <translation>搜索草稿和物料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="96" />
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="97" />
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="99" />
        <source>Drag onto a slot to plan it, or press Enter to plan it in the current cell.</source>
        <translation>拖到某个时段即可安排，或按 Enter 安排到当前格子。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="107" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="135" />
        <source>Drafts (%1)</source>
        <translation>草稿（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="137" />
        <source>Materials (%1)</source>
        <translation>物料（%1）</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="145" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="146" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="147" />
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/backlog.py" line="148" />
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="29" />
        <source>Norms</source>
        <translation>规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="30" />
        <source>Value</source>
        <translation>干货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="31" />
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="32" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="39" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="40" />
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="41" />
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="42" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="43" />
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="44" />
        <source>Manual to-do</source>
        <translation>待手动发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/labels.py" line="52" />
        <source>No target group</source>
        <translation>没有目标群组</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="120" />
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="121" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="122" />
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="123" />
        <source>Jump to the week of a date</source>
        <translation>跳到某一天所在的周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="124" />
        <source>Groups:</source>
        <translation>群组：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="125" />
        <source>New post…</source>
        <translation>新建推送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="126" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="127" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="128" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="129" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="130" />
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="131" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="132" />
        <source>Schedule week</source>
        <translation>排期本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="134" />
        <source>Turn this week's planned posts into outbox deliveries, one per group</source>
        <translation>把本周已计划的推送放入发件箱，每个群一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="136" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="138" />
        <source>Excel push table…</source>
        <translation>Excel 推送表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="139" />
        <source>CSV push table…</source>
        <translation>CSV 推送表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="140" />
        <source>iCalendar…</source>
        <translation>iCalendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="141" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="142" />
        <source>Import a push table from Excel as planned posts</source>
        <translation>从 Excel 推送表导入为已计划的推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="145" />
        <source>Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.
Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or Alt+Shift+Up/Down) moves the selection to the previous/next slot, Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day.</source>
        <translation>拖动卡片可移动，按住 Ctrl 拖动可复制，Ctrl+单击可多选。
键盘：方向键在格子和卡片间移动；Ctrl+Alt+上/下（或 Alt+Shift+上/下）把选中的推送移到上一个/下一个时段，Ctrl+Alt+左/右（或 Alt+Shift+左/右）移到前一天/后一天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="155" />
        <location filename="../../desktop/ui/calendar/tab.py" line="247" />
        <source>All groups</source>
        <translation>全部群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="316" />
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="331" />
        <source>%n post(s) this week</source>
        <translation><numerusform>本周 %n 条推送</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="337" />
        <source>Marketing is %1% of this week's posts, above the %2% limit.</source>
        <translation>本周营销类推送占 %1%，超过了 %2% 的上限。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="355" />
        <source>⚠ %n conflict(s) this week (cards marked ⚠; hover for details):</source>
        <translation><numerusform>⚠ 本周有 %n 处冲突（卡片上标有 ⚠，悬停查看详情）：</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="407" />
        <source>Edit post</source>
        <translation>编辑推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="409" />
        <source>New post</source>
        <translation>新建推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="431" />
        <source>Delete “%1”? Ctrl+Z brings it back.</source>
        <translation>删除“%1”？按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="435" />
        <source>Delete %n posts? Ctrl+Z brings them back.</source>
        <translation><numerusform>删除 %n 条推送？按 Ctrl+Z 可以恢复。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab.py" line="438" />
        <source>Delete post</source>
        <translation>删除推送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab.py" line="454" />
        <source>Delete %n post(s)</source>
        <translation><numerusform>删除 %n 条推送</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="38" />
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="40" />
        <source>The database {path} was written by a newer version of Shequn Desk. Please update the app. The file was not changed.</source>
        <translation>数据库 {path} 是由更新版本的社群运营台写入的，请先升级应用。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="46" />
        <source>The database {path} is damaged or is not a Shequn Desk database. The file was not changed.</source>
        <translation>数据库 {path} 已损坏，或不是社群运营台的数据库。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="55" />
        <source>Open a backup…</source>
        <translation>打开备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="60" />
        <source>Start a new workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="65" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="76" />
        <source>Open a backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/db_problem_dialog.py" line="77" />
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="292" />
        <source>A short-term campaign group needs an end date.</source>
        <translation>短期活动群需要设置结束日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="296" />
        <source>Fix the marked fields to save the group.</source>
        <translation>请先修正标出的字段再保存群组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="311" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="311" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="337" />
        <source>Platform limit (%1)</source>
        <translation>平台上限（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="351" />
        <source>New group</source>
        <translation>新建群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="354" />
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="355" />
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="356" />
        <source>Positioning</source>
        <translation>群定位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="357" />
        <source>Rules and messages</source>
        <translation>群规与消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="358" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="359" />
        <source>Characters as members see them</source>
        <translation>按成员看到的字符计数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="360" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="361" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="362" />
        <source>Campaign ends</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="363" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="363" />
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="364" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="365" />
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="367" />
        <source>Lower the cap for this group, e.g. 150 for a small high-quality group</source>
        <translation>为本群设置更低的上限，例如高质量小群设为 150</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="369" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="370" />
        <source>Audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="371" />
        <source>Planned actions</source>
        <translation>运营动作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="372" />
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="373" />
        <source>Red lines</source>
        <translation>红线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="374" />
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="375" />
        <source>Welcome message</source>
        <translation>入群欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="376" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="377" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/form.py" line="394" />
        <source>e.g. morning greeting, weekly tips</source>
        <translation>例如：每日早安、每周干货</translation>
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="17" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="18" />
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="19" />
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="20" />
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="21" />
        <source>Email list</source>
        <translation>邮件列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="22" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="29" />
        <location filename="../../desktop/ui/groups/labels.py" line="150" />
        <source>Short-term campaign</source>
        <translation>短期活动群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="30" />
        <source>Long-term</source>
        <translation>长期群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="36" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="37" />
        <location filename="../../desktop/ui/groups/labels.py" line="38" />
        <source>Above %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="39" />
        <source>Full (%1)</source>
        <translation>已满（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="52" />
        <source>%1 members: the group has reached its cap of %2 and nobody else can join. Open a sibling group or a sub-community.</source>
        <translation>%1 人：已达到 %2 人上限，新成员无法加入。请开设兄弟群或亚社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="58" />
        <source>%1 members: above the recommended %3. Consider a sibling group or a sub-community before it reaches the cap of %2.</source>
        <translation>%1 人：超过建议的 %3 人。在达到 %2 人上限之前，考虑开设兄弟群或亚社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="64" />
        <source>%1 members: above %4, the size where everyone still knows each other; fine, but no longer a small high-quality group.</source>
        <translation>%1 人：超过 %4 人（彼此都认识的规模）；可以，但已不再是高质量小群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="83" />
        <source>Enter a group name.</source>
        <translation>请输入群名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="86" />
        <source>The name must contain the brand keyword “%1”.</source>
        <translation>名称必须包含品牌关键词“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="92" />
        <source>At most %1 characters; this name has %2.</source>
        <translation>最多 %1 个字符；当前名称有 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="105" />
        <source>%1 emoji: keep it to %2 or fewer so the name stays easy to read.</source>
        <translation>%1 个表情：建议不超过 %2 个，名称更易读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="115" />
        <source>Must contain “%1”, at most %2 characters (emoji count as one, keep them few). Add a number or place to tell sibling groups apart, e.g. “%1·Beijing 02”.</source>
        <translation>须包含“%1”，最多 %2 个字符（表情算一个字符，宜少用）。加上编号或地点以区分兄弟群，例如“%1·北京 02”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="121" />
        <source>At most %2 characters. Set the brand keyword in Settings so every group name is checked for it.</source>
        <translation>最多 %2 个字符。在设置中填写品牌关键词后，每个群名都会检查是否包含它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="130" />
        <source>e.g. %1·Beijing 01</source>
        <translation>例如：%1·北京 01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="131" />
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="136" />
        <source>The campaign ended more than %1 days ago: archive the group. Its members stay reachable as contacts.</source>
        <translation>活动已结束超过 %1 天：请归档本群。群成员仍作为联系人保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="146" />
        <source>Customer care</source>
        <translation>客户维护</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="147" />
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="148" />
        <source>Sales conversion</source>
        <translation>销售转化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/labels.py" line="149" />
        <source>Interest exchange</source>
        <translation>兴趣交流</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="90" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="91" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="92" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="93" />
        <source>Campaign ends</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="94" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="95" />
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/model.py" line="134" />
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="149" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="230" />
        <source>Groups: %1</source>
        <translation>群组：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="233" />
        <source>New group</source>
        <translation>新建群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="234" />
        <source>Create a group (Ctrl+N)</source>
        <translation>新建群组（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/groups/tab.py" line="235" />
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="12" />
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="13" />
        <source>Pending</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="14" />
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="15" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="21" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="22" />
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="23" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="29" />
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="30" />
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="31" />
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="32" />
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/labels.py" line="33" />
        <source>Manual</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="68" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/tab.py" line="69" />
        <source>All conversations</source>
        <translation>全部会话</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../desktop/ui/common/lazy_tab.py" line="27" />
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198" />
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200" />
        <source>Shequn Desk</source>
        <translation>社群运营台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203" />
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207" />
        <source>Shequn Desk — %1</source>
        <translation>社群运营台 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213" />
        <source>Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214" />
        <source>Welcome templates</source>
        <translation>欢迎模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215" />
        <source>Inbox</source>
        <translation>私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>Remove demo workspace…</source>
        <translation>删除演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228" />
        <source>&amp;About Shequn Desk</source>
        <translation>关于社群运营台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229" />
        <source>Sending worker: not configured</source>
        <translation>发送服务：未配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282" />
        <location filename="../../desktop/ui/main_window.py" line="290" />
        <source>Remove demo workspace</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Delete all demo groups, members, posts, journeys and conversations?</source>
        <translation>删除所有演示群组、成员、推送、欢迎流程和会话？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297" />
        <source>About Shequn Desk</source>
        <translation>关于社群运营台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="298" />
        <source>Shequn Desk %1 — a workbench for community operators.
Data folder: %2</source>
        <translation>社群运营台 %1 —— 社群运营人员的工作台。
数据文件夹：%2</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="12" />
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="13" />
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="14" />
        <source>Onboarded</source>
        <translation>已入群</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="15" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="16" />
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="17" />
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="24" />
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="25" />
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="26" />
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="27" />
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="34" />
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="35" />
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="36" />
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="37" />
        <source>Atmosphere crew</source>
        <translation>气氛组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="38" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="46" />
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="48" />
        <source>Another member already uses this email address.</source>
        <translation>该邮箱已被其他成员使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="52" />
        <source>This is not a valid email address, e.g. name@example.com.</source>
        <translation>邮箱地址无效，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="56" />
        <source>This is not a valid phone number: digits, spaces, - and a leading +.</source>
        <translation>电话号码无效：只能包含数字、空格、- 和开头的 +。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="59" />
        <source>This value is not valid.</source>
        <translation>该值无效。</translation>
    </message>
</context>
<context>
    <name>MemberProfilePanel</name>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="208" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="244" />
        <source>Fix the marked fields to save the member.</source>
        <translation>请先修正标出的字段再保存成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="267" />
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="270" />
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="271" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="273" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="274" />
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="275" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="276" />
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="277" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="278" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="279" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="280" />
        <source>DM frequency</source>
        <translation>私信频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="281" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="286" />
        <source>Separate with commas, e.g. latte art, pour-over</source>
        <translation>用逗号分隔，例如：拉花，手冲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="288" />
        <source>e.g. store QR code, friend referral</source>
        <translation>例如：门店扫码、朋友推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="289" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="289" />
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="290" />
        <source>How often the member agreed to receive DMs</source>
        <translation>成员同意接收私信的频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="294" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="295" />
        <source>Activity score</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="296" />
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="297" />
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="297" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="298" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/profile.py" line="299" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="122" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="123" />
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="124" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="125" />
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/model.py" line="126" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="164" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="222" />
        <source>No member matches “%1”.</source>
        <translation>没有成员匹配“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="224" />
        <source>No members yet.</source>
        <translation>还没有成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="226" />
        <source>%1 members shown; scroll down for more.</source>
        <translation>已显示 %1 位成员，向下滚动加载更多。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="228" />
        <source>%1 members.</source>
        <translation>共 %1 位成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="232" />
        <source>Search name, email, phone, WeChat ID or tag</source>
        <translation>搜索姓名、邮箱、电话、微信号或标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="233" />
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/tab.py" line="234" />
        <source>Add a member (Ctrl+N)</source>
        <translation>新建成员（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="65" />
        <source>New post</source>
        <translation>新建推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="65" />
        <source>Edit post</source>
        <translation>编辑推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="70" />
        <source>What the group will see first</source>
        <translation>群成员第一眼看到的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="73" />
        <source>The message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="96" />
        <source>Check a group set…</source>
        <translation>勾选一个群组集合…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="123" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="125" />
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="126" />
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="128" />
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="130" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="131" />
        <source>Target groups</source>
        <translation>目标群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="134" />
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="135" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="136" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="162" />
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="232" />
        <source>A post needs a title.</source>
        <translation>推送需要标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="170" />
        <source>No target group is checked: the post will not be sent anywhere.</source>
        <translation>未勾选目标群组：这条推送不会发往任何地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="175" />
        <source>This time is already in the past.</source>
        <translation>这个时间已经过去了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="234" />
        <source>The repetition must end after the first day.</source>
        <translation>重复的结束日期必须晚于第一天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="237" />
        <source>The post could not be saved: %1</source>
        <translation>推送未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_dialog.py" line="241" />
        <source>This post was deleted meanwhile.</source>
        <translation>这条推送已被删除。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="185" />
        <source>Group message</source>
        <translation>群消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="186" />
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="199" />
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="124" />
        <source>Repeat weekly on</source>
        <translation>每周重复于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="131" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="132" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="133" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="134" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="135" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="136" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="137" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/post_extras.py" line="147" />
        <source>until</source>
        <translation>直到</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="35" />
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42" />
        <source>e.g. 拾光 — every group name must contain it</source>
        <translation>例如：拾光——每个群名都必须包含它</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49" />
        <source>Label=HH:MM, separated by commas</source>
        <translation>名称=时:分，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59" />
        <source>Workspace name</source>
        <translation>工作区名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61" />
        <source>Brand keyword</source>
        <translation>品牌关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Calendar slots</source>
        <translation>日历时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Write slots as Label=HH:MM separated by commas, e.g. 早=08:00, 中=12:00</source>
        <translation>时段写作 名称=时:分，用逗号分隔，例如 早=08:00, 中=12:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>The workspace needs a name.</source>
        <translation>工作区需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100" />
        <source>Unknown time zone.</source>
        <translation>未知的时区。</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="114" />
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="115" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="116" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="117" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="118" />
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="119" />
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="120" />
        <source>Preview for</source>
        <translation>预览对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="132" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="133" />
        <source>Send this step</source>
        <translation>发送此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="134" />
        <source>Switched off, members skip this step</source>
        <translation>已关闭，成员将跳过此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="135" />
        <source>Email subject (may use variables)</source>
        <translation>邮件主题（可使用变量）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="136" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation>你好 {name}，欢迎加入 {group}！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="137" />
        <source>Click to insert at the cursor</source>
        <translation>点击插入到光标处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="141" />
        <source>Save step</source>
        <translation>保存步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="142" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="348" />
        <source>A step needs a title.</source>
        <translation>步骤需要标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="354" />
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="354" />
        <source>message</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="356" />
        <source>Not saved: the %1 template has problems.</source>
        <translation>未保存：%1模板有问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="360" />
        <source>Not saved: this step was deleted meanwhile.</source>
        <translation>未保存：此步骤已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/step_editor.py" line="365" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="53" />
        <source>Plan %n draft(s)</source>
        <translation><numerusform>安排 %n 条草稿</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="72" />
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="87" />
        <source>Sent posts stay where they were sent.</source>
        <translation>已发送的推送不能移动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="76" />
        <source>Copy %n post(s)</source>
        <translation><numerusform>复制 %n 条推送</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="79" />
        <source>Move %n post(s)</source>
        <translation><numerusform>移动 %n 条推送</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="95" />
        <source>Plan material</source>
        <translation>用物料安排推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="113" />
        <source>Plan into the past?</source>
        <translation>安排到过去的时间？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="114" />
        <source>This puts a post at a time that has already passed. Continue?</source>
        <translation>这会把推送安排到已经过去的时间。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="135" />
        <source>Nothing planned this week waits to be scheduled.</source>
        <translation>本周没有等待排期的推送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="138" />
        <source>Schedule week</source>
        <translation>排期本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="140" />
        <source>“%1” has no target group and was not scheduled.</source>
        <translation>“%1”没有目标群组，未排期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="144" />
        <source>“%1” is in the past and was not scheduled.</source>
        <translation>“%1”的时间已过，未排期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="147" />
        <source>Scheduled %n post(s)</source>
        <translation><numerusform>已排期 %n 条推送</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="148" />
        <source>(%n delivery(ies) in the outbox).</source>
        <translation><numerusform>（发件箱中 %n 条待发送）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="157" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="158" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="159" />
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="163" />
        <source>Export the week</source>
        <translation>导出本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="177" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="182" />
        <source>Push table</source>
        <translation>推送表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="185" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="188" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="192" />
        <source>Import a push table</source>
        <translation>导入推送表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="192" />
        <source>Push table (*.xlsx *.csv)</source>
        <translation>推送表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="204" />
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="208" />
        <source>Import push table</source>
        <translation>导入推送表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="209" />
        <source>Imported %n post(s).</source>
        <translation><numerusform>已导入 %n 条推送。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="212" />
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="224" />
        <source>not a date: “%1”</source>
        <translation>不是日期：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="225" />
        <source>not a time of day: “%1”</source>
        <translation>不是时间：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="226" />
        <source>no group called “%1”</source>
        <translation>没有名为“%1”的群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="227" />
        <source>unknown content type “%1”</source>
        <translation>未知的内容类型“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/tab_actions.py" line="228" />
        <source>the first row names no groups%1</source>
        <translation>第一行没有群组名称%1</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="13" />
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="14" />
        <source>Group message</source>
        <translation>群消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="15" />
        <source>Manual task</source>
        <translation>人工任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="22" />
        <source>after joining</source>
        <translation>入群后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="23" />
        <source>after the previous step</source>
        <translation>上一步之后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="36" />
        <source>%n min</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="42" />
        <source>on joining</source>
        <translation>入群时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="44" />
        <source>right after previous</source>
        <translation>紧接上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="47" />
        <source>%1 after joining</source>
        <translation>入群后 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="50" />
        <source>%1 after previous</source>
        <translation>上一步后 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="57" />
        <source>The member's name</source>
        <translation>成员的称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="58" />
        <source>The group's name</source>
        <translation>群名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="59" />
        <source>The brand keyword</source>
        <translation>品牌关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="60" />
        <source>A one-time verification code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="61" />
        <source>The group's rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="62" />
        <source>Content picked for the member</source>
        <translation>为成员挑选的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="65" />
        <source>The group's purpose</source>
        <translation>群定位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="66" />
        <source>The group's announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="67" />
        <source>The link to join</source>
        <translation>入群链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="68" />
        <source>The operator's name</source>
        <translation>运营人员的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="69" />
        <source>Today's date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="70" />
        <source>How to unsubscribe</source>
        <translation>退订方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="86" />
        <source>The template is empty.</source>
        <translation>模板是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="88" />
        <source>Unknown variable {%1}</source>
        <translation>未知变量 {%1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="91" />
        <source>“{” is never closed (write {{ for a brace)</source>
        <translation>“{”没有闭合（要输入花括号请写 {{）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="94" />
        <source>“}” without an opening “{” (write }})</source>
        <translation>“}”缺少对应的“{”（要输入花括号请写 }}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="97" />
        <source>Not a valid placeholder: %1</source>
        <translation>无效的占位符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/labels.py" line="103" />
        <source>%1 at line %2, column %3</source>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="74" />
        <source>Welcome journeys</source>
        <translation>欢迎流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="75" />
        <source>New journey name</source>
        <translation>新流程名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="76" />
        <source>New journey</source>
        <translation>新建流程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="77" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="77" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="77" />
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="78" />
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/templates/tab.py" line="145" />
        <source>%n step(s)</source>
        <translation><numerusform>%n 个步骤</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="146" />
        <source>no group attached</source>
        <translation>未关联群组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="163" />
        <source>Steps of %1</source>
        <translation>%1 的步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="165" />
        <source>No journey yet: create one on the left.</source>
        <translation>还没有欢迎流程：在左侧新建一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="188" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="233" />
        <source>A journey needs a name.</source>
        <translation>流程需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="248" />
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="249" />
        <source>Hello {name}, welcome to {group}!</source>
        <translation>你好 {name}，欢迎加入 {group}！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates/tab.py" line="259" />
        <source>The starter template is invalid.</source>
        <translation>初始模板无效。</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="84" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="85" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="86" />
        <source>Internal note (not sent to the member)</source>
        <translation>内部备注（不会发给成员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="87" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="88" />
        <source>Write a note for your teammates…</source>
        <translation>给同事写条备注…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="97" />
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="101" />
        <source>Pick a conversation on the left.</source>
        <translation>请在左侧选择一个会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="107" />
        <source>%1 · via %2</source>
        <translation>%1 · 来自%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="123" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="124" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/thread_view.py" line="154" />
        <source>The note is empty.</source>
        <translation>备注是空的。</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="140" />
        <source>Double-click to plan a post here</source>
        <translation>双击在这里安排一条推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="170" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="175" />
        <source>Marketing heavy</source>
        <translation>营销偏多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="195" />
        <source>Working day (%1)</source>
        <translation>调休上班（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="208" />
        <source>%n post(s) on this day</source>
        <translation>这一天有 %n 条推送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="212" />
        <source>Marketing is %1% of this day's posts, above the %2% limit.</source>
        <translation>这一天营销类推送占 %1%，超过了 %2% 的上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="222" />
        <source>Drop a post here to move it to this day at the same time.</source>
        <translation>把推送拖到这里，可改到这一天的同一时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="235" />
        <source>Repeats weekly</source>
        <translation>每周重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="245" />
        <source>Another post goes to %1 in the same slot.</source>
        <translation>同一时段还有另一条推送发往 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="249" />
        <source>This time is inside the workspace's quiet hours.</source>
        <translation>这个时间处于工作区的免打扰时段内。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar/model.py" line="252" />
        <source>%1 is archived (or closes) before this day.</source>
        <translation>%1 在这一天之前已归档（或将关闭）。</translation>
    </message>
</context>
</TS>
