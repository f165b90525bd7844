<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_AF">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amanat</source>
        <translation>د امانت په اړه</translation>
    </message>
    <message>
        <source>&lt;p&gt;An encrypted vault for notes, contacts and strategy drafts, for human rights defenders. It works without the internet and without any server: groups exchange sealed files by USB stick, e-mail or a shared folder.&lt;/p&gt;&lt;p&gt;Free software under the licence {0} (the GNU General Public License, version 3 or later): you may use, study, share and change it.&lt;/p&gt;&lt;p&gt;The Dari and Pashto translations are complete but still need review by native speakers. If a word is unclear, the English text is the reference.&lt;/p&gt;</source>
        <translation>&lt;p&gt;د یادښتونو، اړیکو او د ستراتیژۍ مسودو لپاره یو کوډ شوی خوندي صندوق، د بشري حقونو د مدافعینو لپاره. له انټرنېټ او له هېڅ سرور پرته کار کوي: ډلې مهر شوې فایلونه د USB فلش، برېښنالیک یا ګډ فولډر له لارې سره بدلوي.&lt;/p&gt;&lt;p&gt;وړیا سافټویر د {0} جواز لاندې (د ګنو عمومي عامه جواز، ۳ نسخه یا وروسته): تاسو یې کارولای، څېړلای، شریکولای او بدلولای شئ.&lt;/p&gt;&lt;p&gt;دري او پښتو ژباړې بشپړې دي، خو لا هم باید مورنۍ ژبه ویونکي یې وګوري. که کومه کلمه روښانه نه وي، انګلیسي متن معیار دی.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionPlanEditor</name>
    <message>
        <source>Actions</source>
        <translation>کړنې</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>کتار زیاتول</translation>
    </message>
    <message>
        <source>Insert or Ctrl+Enter</source>
        <translation>Insert یا Ctrl+Enter</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>کتار لرې کول</translation>
    </message>
    <message>
        <source>Remove the chosen rows (Ctrl+Delete)</source>
        <translation>ټاکل شوي کتارونه لرې کول (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Insert adds a row · Delete clears cells · click a heading to sort</source>
        <translation>د Insert تڼۍ کتار زیاتوي · د Delete تڼۍ خونې پاکوي · د اوډلو لپاره پر سرلیک کلیک وکړئ</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>خونې پاکول</translation>
    </message>
</context>
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>To do</source>
        <extracomment>Status of an action-plan row: not started yet</extracomment>
        <translation>باید وشي</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>روان دی</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Status of an action-plan row: finished</extracomment>
        <translation>ترسره شوی</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Status of an action-plan row: the action is stuck and cannot go on (not a blocked person or channel)</extracomment>
        <translation>خنډ لري</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسؤل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>وروستۍ نېټه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>A group member (id {0})</source>
        <translation>د ډلې غړی (پېژند: {0})</translation>
    </message>
    <message>
        <source>{0} (me)</source>
        <translation>{0} (زه)</translation>
    </message>
</context>
<context>
    <name>AnswerRequestDialog</name>
    <message>
        <source>Answer a recovery request</source>
        <translation>یوې د بیا رغونې غوښتنې ته ځواب</translation>
    </message>
    <message>
        <source>Paste the recovery request a colleague sent you, or open it from a file.</source>
        <translation>هغه د بیا رغونې غوښتنه چې همکار درته لېږلې ده دلته سرېښ کړئ، یا یې له فایل څخه خلاصه کړئ.</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>د بیا رغونې غوښتنه</translation>
    </message>
    <message>
        <source>Open a request file…</source>
        <translation>د غوښتنې فایل خلاصول…</translation>
    </message>
    <message>
        <source>Check the request</source>
        <translation>د غوښتنې کتنه</translation>
    </message>
    <message>
        <source>Save my answer…</source>
        <translation>زما د ځواب ساتل…</translation>
    </message>
    <message>
        <source>The owner read me these same twelve groups, on a call I made or in person</source>
        <translation>خاوند همدا دولس برخې راته ولوستې، په هغه زنګ کې چې ما وواهه یا مخامخ</translation>
    </message>
    <message>
        <source>Someone may be pretending to be {0}: anyone who took their laptop can make a request. Call {0} on a number you already knew before this request, or meet them, and ask them to read you their safety number. Never use a number or address that came with the request. If any group differs, or you cannot reach them, do not answer.</source>
        <translation>کېدای شي څوک ځان {0} وښيي: هر څوک چې د هغه لپټاپ یې وړی وي، غوښتنه جوړولای شي. {0} ته په هغه شمېره زنګ ووهئ چې له دې غوښتنې مخکې مو پېژندله، یا ورسره وګورئ، او ورته ووایئ چې خپله د خوندیتوب شمېره درته ولولي. هېڅکله هغه شمېره یا پته مه کاروئ چې له غوښتنې سره راغلې ده. که یوه برخه هم توپیر ولري، یا ورته ونه رسېږئ، ځواب مه ورکوئ.</translation>
    </message>
    <message>
        <source>{0} asks for your recovery share (set of {1}). Their safety number must be:</source>
        <translation>{0} ستاسو د بیا رغونې ونډه غواړي (د {1} ټولګه). د هغه د خوندیتوب شمېره باید دا وي:</translation>
    </message>
    <message>
        <source>{0} read me these same twelve groups, on a call I made or in person</source>
        <translation>{0} همدا دولس برخې راته ولوستې، په هغه زنګ کې چې ما وواهه یا مخامخ</translation>
    </message>
    <message>
        <source>Open a recovery request</source>
        <translation>د بیا رغونې یوه غوښتنه خلاصول</translation>
    </message>
    <message>
        <source>This file is too large to be a recovery request.</source>
        <translation>دا فایل د بیا رغونې د غوښتنې لپاره ډېر لوی دی.</translation>
    </message>
    <message>
        <source>Do not answer this request. {0}</source>
        <translation>دې غوښتنې ته ځواب مه ورکوئ. {0}</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>زما د ځواب ساتل</translation>
    </message>
    <message>
        <source>Your answer is in {0}. Give it back to {1}: it opens only on the computer that made the request.</source>
        <translation>ستاسو ځواب په {0} کې دی. {1} ته یې بېرته ورکړئ: یوازې په هغه کمپیوټر کې خلاصېږي چې غوښتنه یې جوړه کړې ده.</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>د زیاتولو نېټه</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Attach a file</source>
        <translation>فایل ضمیمه کړئ</translation>
    </message>
    <message>
        <source>Encrypting “{0}” into the vault…</source>
        <translation>«{0}» کوډ کېږي او خوندي صندوق ته ننوځي…</translation>
    </message>
    <message>
        <source>Attached “{0}”.</source>
        <translation>«{0}» ضمیمه شو.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was attached.</source>
        <translation>لغوه شو. هېڅ شی ضمیمه نه شو.</translation>
    </message>
    <message>
        <source>Amanat can show pictures, but not “{0}”. Use “Save a copy…” to open it with another program; remember that the copy is not encrypted.</source>
        <translation>امانت انځورونه ښودلای شي، خو «{0}» نه. د بل پروګرام په واسطه د پرانیستلو لپاره «کاپي ساتل…» وکاروئ؛ په یاد ولرئ چې کاپي کوډ شوې نه ده.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>کاپي ساتل</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy as {0}</source>
        <translation>بې کوډه کاپي د {0} په نوم وساتل شوه</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>ضمیمه لرې کول</translation>
    </message>
    <message>
        <source>Remove “{0}” from this note for good? It does not go to the trash.</source>
        <translation>«{0}» له دې یادښت څخه د تل لپاره لرې کړئ؟ دا د کثافاتو ټوکرۍ ته نه ځي.</translation>
    </message>
    <message>
        <source>Removed “{0}”.</source>
        <translation>«{0}» لرې شو.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ضمیمې</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>زیاتول…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>ضمیمه زیاتول</translation>
    </message>
    <message>
        <source>View</source>
        <translation>کتل</translation>
    </message>
    <message>
        <source>View the attachment</source>
        <translation>ضمیمه کتل</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>کاپي ساتل…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>بې کوډه کاپي ساتل</translation>
    </message>
    <message>
        <source>Writes the file, decrypted, into a folder you choose.</source>
        <translation>فایل بې کوډه کوي او ستاسو په ټاکلي فولډر کې یې لیکي.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>ضمیمه لرې کول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>د فایل زیاتول لغوه کول</translation>
    </message>
    <message>
        <source>Adding the file</source>
        <translation>فایل زیاتېږي</translation>
    </message>
</context>
<context>
    <name>AttachmentSize</name>
    <message>
        <source>{0} GB</source>
        <translation>{0} ګیګابایټ</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} میګابایټ</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلوبایټ</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} بایټه</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>د خوندي صندوق بېک اپ</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything in this vault. It opens with today&apos;s passphrase or your recovery key, on this laptop or a new one. Keep it off this laptop: on a USB stick you keep apart, or with someone you trust.</source>
        <translation>بېک اپ یو کوډ شوی فایل دی چې د دې خوندي صندوق هر څه پکې دي. د نن ورځې په پټنوم یا ستاسو د بیا رغونې په کیلي خلاصېږي، په همدې لپټاپ یا په یو نوي لپټاپ. له دې لپټاپ څخه یې لرې وساتئ: په یوه USB کې چې جلا یې ساتئ، یا له هغه چا سره چې باور پرې لرئ.</translation>
    </message>
    <message>
        <source>Choose a file and back up…</source>
        <translation>فایل وټاکئ او بېک اپ واخلئ…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>د بېک اپ پرمختګ</translation>
    </message>
    <message>
        <source>This vault has not been backed up from here yet.</source>
        <translation>له دې ځایه تر اوسه د دې خوندي صندوق بېک اپ نه دی اخیستل شوی.</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>وروستی بېک اپ: {0}</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>بېک اپ وساتئ</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>بېک اپ لیکل کېږي…</translation>
    </message>
    <message>
        <source>Backup written to {0} ({1} KB). Now move it off this laptop. It opens with today&apos;s passphrase or your recovery key.</source>
        <translation>بېک اپ په {0} کې ولیکل شو ({1} KB). اوس یې له دې لپټاپ څخه لرې کړئ. د نن ورځې په پټنوم یا ستاسو د بیا رغونې په کیلي خلاصېږي.</translation>
    </message>
    <message>
        <source>A file with this name is already there, and it was not replaced. Choose another name.</source>
        <translation>په دې نوم یو فایل له مخکې شته، او بدل نه شو. بل نوم وټاکئ.</translation>
    </message>
    <message>
        <source>The backup was not made. {0}</source>
        <translation>بېک اپ جوړ نه شو. {0}</translation>
    </message>
</context>
<context>
    <name>BackupEntry</name>
    <message>
        <source>The backup is restored. Unlock it with the passphrase it was made with. A backup carries no decoy: if you use a duress passphrase, set it again in Tools → Duress passphrase.</source>
        <translation>بېک اپ بېرته راوګرځول شو. هغه پټنوم یې خلاص کړئ چې بېک اپ پرې جوړ شوی. بېک اپ غولوونکی خوندي صندوق نه لري: که د فشار پټنوم کاروئ، بیا یې په «وسیلې ← د فشار پټنوم…» کې وټاکئ.</translation>
    </message>
    <message>
        <source>The backup is restored. Its passphrase was bound to the computer it was made on, so it does not open the vault here: choose &quot;Forgot your passphrase?&quot;, open the vault with your recovery key and set your passphrase again. It is then bound to this computer (if it has a keystore Amanat can use). A backup carries no decoy: if you use a duress passphrase, set it again in Tools → Duress passphrase.</source>
        <translation>بېک اپ بېرته راوګرځول شو. د هغه پټنوم هغه کمپیوټر پورې تړلی و چې بېک اپ پرې جوړ شوی، نو دلته خوندي صندوق نه خلاصوي: «پټنوم مو هېر شوی؟» وټاکئ، خوندي صندوق د بیا رغونې په کیلي خلاص کړئ او پټنوم بیا وټاکئ. بیا دې کمپیوټر پورې تړل کېږي (که د کیليو داسې زېرمه ولري چې امانت یې کارولای شي). بېک اپ غولوونکی خوندي صندوق نه لري: که د فشار پټنوم کاروئ، بیا یې په «وسیلې ← د فشار پټنوم…» کې وټاکئ.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>بېک &amp;اپ…</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet. Only a backup brings your content back if this laptop is lost, seized or wiped.</source>
        <translation>تر اوسه د دې خوندي صندوق بېک اپ نه دی اخیستل شوی. که دا لپټاپ ورک، ضبط یا پاک شي، یوازې بېک اپ ستاسو محتوا بېرته راولي.</translation>
    </message>
    <message>
        <source>The last backup of this vault was made on {0}. Only a backup brings your content back if this laptop is lost, seized or wiped.</source>
        <translation>د دې خوندي صندوق وروستی بېک اپ په {0} اخیستل شوی. که دا لپټاپ ورک، ضبط یا پاک شي، یوازې بېک اپ ستاسو محتوا بېرته راولي.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>اوس بېک اپ واخلئ…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <source>You can change how often you are reminded, or turn it off, in Settings.</source>
        <translation>په امستنو کې کولی شئ وټاکئ چې څو ځله در یاد کړل شي، یا یې بند کړئ.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message>
        <source>{0} · sent to {1} · {2} items</source>
        <translation>{0} · {1} ته ولېږل شو · {2} توکي</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>یو نامعلوم کس</translation>
    </message>
    <message>
        <source>{0} · received from {1} for {2} · {3} items changed</source>
        <translation>{0} · له {1} څخه د {2} لپاره ترلاسه شو · {3} توکي بدل شول</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>پټنوم بدلول</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Four or five unrelated words are strong and easy to remember. Your recovery key keeps working.</source>
        <translation>خپل اوسنی پټنوم ولیکئ، بیا نوی پټنوم دوه ځله. څلور یا پنځه یو له بله نااړوندې کلمې پیاوړې دي او په اسانۍ په یاد پاتې کېږي. ستاسو د بیا رغونې کیلي به کار ته دوام ورکړي.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;اوسنی پټنوم</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;نوی پټنوم</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one</source>
        <translation>نوی پټنوم &amp;بیا ولیکئ</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>اوسنی پټنوم</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نوی پټنوم</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>نوی پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>I understand this passphrase is weak and want to use it anyway</source>
        <translation>پوهېږم چې دا پټنوم کمزوری دی او بیا هم یې کارول غواړم</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>لومړی خپل اوسنی پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation>همغه نوی پټنوم دوه ځله ولیکئ.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>نوی پټنوم له اوسني سره یو شان دی.</translation>
    </message>
    <message>
        <source>This passphrase is weak. Make it longer, or confirm that you accept it.</source>
        <translation>دا پټنوم کمزوری دی. اوږد یې کړئ، یا تایید کړئ چې همداسې یې منئ.</translation>
    </message>
    <message>
        <source>Checking the current passphrase and setting the new one (a few seconds)…</source>
        <translation>اوسنی پټنوم کتل کېږي او نوی ټاکل کېږي (څو ثانیې)…</translation>
    </message>
</context>
<context>
    <name>ColleagueRecoveryPage</name>
    <message>
        <source>Choose the backup file…</source>
        <translation>د بېک اپ فایل وټاکئ…</translation>
    </message>
    <message>
        <source>Make a recovery request</source>
        <translation>د بیا رغونې غوښتنه جوړول</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>د بیا رغونې غوښتنه</translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation>د غوښتنې کاپي کول</translation>
    </message>
    <message>
        <source>Save it as a file…</source>
        <translation>د فایل په توګه ساتل…</translation>
    </message>
    <message>
        <source>Add an answer…</source>
        <translation>یو ځواب ورزیاتول…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نوی پټنوم</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>نوی پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>زما خوندي صندوق خلاصول</translation>
    </message>
    <message>
        <source>Cancel the recovery</source>
        <translation>د بیا رغونې لغوه کول</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Each colleague will call you or meet you before answering. Read them this safety number, group by group. Read it only to colleagues you called or who called you from a number you know; never write it in the same message as the request.</source>
        <translation>هر همکار به له ځواب ورکولو مخکې تاسو ته زنګ ووهي یا له تاسو سره وویني. دا د خوندیتوب شمېره برخه په برخه ورته ولولئ. یوازې هغو همکارانو ته یې ولولئ چې تاسو ورته زنګ وهلی یا له داسې شمېرې یې درته زنګ وهلی چې تاسو یې پېژنئ؛ هېڅکله یې په هماغه پیغام کې مه لیکئ چې غوښتنه پکې لېږئ.</translation>
    </message>
    <message>
        <source>Recover with my colleagues: if you entrusted your vault to colleagues, they can help you open it. Make a recovery request and send it to them (e-mail, messenger or USB stick); it expires after three days.</source>
        <translation>زما د همکارانو په مرسته بیا رغونه: که تاسو خپل خوندي صندوق همکارانو ته سپارلی وي، هغوی یې په خلاصولو کې مرسته کولای شي. د بیا رغونې یوه غوښتنه جوړه کړئ او ورته یې ولېږئ (برېښنالیک، پیغام رسوونکی یا USB)؛ دا غوښتنه له درې ورځو وروسته پای ته رسېږي.</translation>
    </message>
    <message>
        <source>Send this recovery request to the colleagues who hold your shares. It expires on {0}.</source>
        <translation>دا د بیا رغونې غوښتنه هغو همکارانو ته ولېږئ چې ستاسو ونډې ساتي. په {0} پای ته رسېږي.</translation>
    </message>
    <message>
        <source>Backup file: {0}</source>
        <translation>د بېک اپ فایل: {0}</translation>
    </message>
    <message>
        <source>No backup file chosen yet.</source>
        <translation>لا تر اوسه د بېک اپ فایل نه دی ټاکل شوی.</translation>
    </message>
    <message>
        <source>Shares received: {0} of the {1} needed.</source>
        <translation>رسېدلې ونډې: له {1} اړینو ونډو څخه {0}.</translation>
    </message>
    <message>
        <source>From: {0}.</source>
        <translation>له: {0}.</translation>
    </message>
    <message>
        <source>Enough shares have arrived: choose a new passphrase.</source>
        <translation>کافي ونډې رسېدلې دي: یو نوی پټنوم وټاکئ.</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>یو بېک اپ خلاصول</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>لومړی د بېک اپ فایل وټاکئ.</translation>
    </message>
    <message>
        <source>The request is copied. It holds no secret.</source>
        <translation>غوښتنه کاپي شوه. هېڅ راز پکې نشته.</translation>
    </message>
    <message>
        <source>Save the recovery request</source>
        <translation>د بیا رغونې د غوښتنې ساتل</translation>
    </message>
    <message>
        <source>Open your colleagues&apos; answers</source>
        <translation>د همکارانو د ځوابونو خلاصول</translation>
    </message>
    <message>
        <source>This answer was not added. {0}</source>
        <translation>دا ځواب ورزیات نه شو. {0}</translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation>نوی پټنوم دوه ځله یو شان ولیکئ.</translation>
    </message>
    <message>
        <source>The new passphrase is weak. Make it longer.</source>
        <translation>نوی پټنوم کمزوری دی. اوږد یې کړئ.</translation>
    </message>
    <message>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation>د خوندي صندوق خلاصول او د نوي پټنوم ټاکل…</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>You</source>
        <translation>تاسو</translation>
    </message>
    <message>
        <source>Someone not among your contacts ({0})</source>
        <translation>یو څوک چې ستاسو په اړیکو کې نشته ({0})</translation>
    </message>
    <message>
        <source>Resolved by {0}</source>
        <translation>{0} حل کړه</translation>
    </message>
    <message>
        <source>Reopened by {0}</source>
        <translation>{0} بیا پرانیستله</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>تبصرې</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>حل شوې هم وښایه</translation>
    </message>
    <message>
        <source>Also list the threads someone marked as resolved</source>
        <translation>هغه لړۍ هم وښایه چې چا حل شوې په نښه کړې دي</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>د تبصرو لړۍ</translation>
    </message>
    <message>
        <source>Comments of the chosen thread</source>
        <translation>د ټاکل شوې لړۍ تبصرې</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>ځواب…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ځواب</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>عبارت ته ورشه</translation>
    </message>
    <message>
        <source>Select the passage this thread is about</source>
        <translation>هغه عبارت وټاکه چې دا لړۍ یې په اړه ده</translation>
    </message>
    <message>
        <source>Your comment on the selected passage…</source>
        <translation>د ټاکل شوي عبارت په اړه ستاسو تبصره…</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>نوې تبصره</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تبصره ثبت کړه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>Include them when exporting</source>
        <translation>د صادرولو پر مهال تبصرې هم ورسره وي</translation>
    </message>
    <message>
        <source>Exports leave comments out unless this is ticked</source>
        <translation>صادرول شوي فایلونه تبصرې نه لري، مګر دا چې دا نښه شي</translation>
    </message>
    <message>
        <source>Comments ({0})</source>
        <translation>تبصرې ({0})</translation>
    </message>
    <message>
        <source>Show or hide the comments beside the text</source>
        <translation>د متن تر څنګ تبصرې وښایه یا پټې کړه</translation>
    </message>
    <message>
        <source>No comments yet: select a passage, then press {0}.</source>
        <translation>تر اوسه تبصره نشته: یو عبارت وټاکئ، بیا {0} کېکاږئ.</translation>
    </message>
    <message>
        <source>{0} reply</source>
        <translation>{0} ځواب</translation>
    </message>
    <message>
        <source>{0} replies</source>
        <translation>{0} ځوابونه</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل شوې</translation>
    </message>
    <message>
        <source>The passage was deleted</source>
        <translation>دا عبارت ړنګ شوی دی</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بیا پرانیستل</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حل شو</translation>
    </message>
    <message>
        <source>On «{0}»</source>
        <translation>د «{0}» په اړه</translation>
    </message>
    <message>
        <source>Select the passage you want to comment on, then choose Comment.</source>
        <translation>هغه عبارت وټاکئ چې غواړئ تبصره پرې وکړئ، بیا «تبصره ثبت کړه» وټاکئ.</translation>
    </message>
    <message>
        <source>The selected passage was deleted meanwhile: select it again.</source>
        <translation>ټاکل شوی عبارت په دې منځ کې ړنګ شو: بیا یې وټاکئ.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>تبصره ورزیاته شوه.</translation>
    </message>
    <message>
        <source>Reply added.</source>
        <translation>ځواب ورزیات شو.</translation>
    </message>
    <message>
        <source>Resolved: the thread is hidden until you choose Show resolved.</source>
        <translation>حل شو: دا لړۍ تر هغه پټه ده چې «حل شوې هم وښایه» وټاکئ.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>بیا پرانیستل شوه.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>حل شو.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Email</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ټیلیفون</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>سیګنال</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واټساپ</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>ټیلیګرام</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>نور</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>نوې اړیکه</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>د vCard په بڼه صادرول…</translation>
    </message>
    <message>
        <source>Export as vCard</source>
        <translation>د vCard په بڼه صادرول</translation>
    </message>
    <message>
        <source>Write the contacts chosen in the list (Ctrl+click to choose several) into a .vcf file for a phone or a mail program</source>
        <translation>په لړ کې ټاکل شوې اړیکې (د څو ټاکلو لپاره Ctrl+کلیک) د تلیفون یا برېښنالیک پروګرام لپاره په یوه ‎.vcf‎ فایل کې لیکي</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>خوندیتوب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>څوک</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>ورسره د اړیکې لارې</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>د خطر &amp;کچه</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>د خطر کچه</translation>
    </message>
    <message>
        <source>&amp;Preferred safe channel</source>
        <translation>&amp;غوره خوندي لاره</translation>
    </message>
    <message>
        <source>Preferred safe channel</source>
        <translation>غوره خوندي لاره</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>هېڅ یوه نه ده ټاکل شوې</translation>
    </message>
    <message>
        <source>Never contact via</source>
        <translation>دا لارې هېڅکله مه کاروئ</translation>
    </message>
    <message>
        <source>Never contact via {0}</source>
        <translation>هېڅکله د {0} له لارې اړیکه مه نیسئ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نوم</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;مستعار نوم</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;سازمان</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;رول</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;هېواد</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>ښ&amp;ار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ښار</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>اړین دی</translation>
    </message>
    <message>
        <source>A name to use in messages instead of the real one</source>
        <translation>هغه نوم چې په پیغامونو کې د اصلي نوم پر ځای کارول کېږي</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپي</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>{0} کاپي کول</translation>
    </message>
    <message>
        <source>Copy; the clipboard is cleared after {0} seconds</source>
        <translation>کاپي؛ کلیپ بورډ له {0} ثانیو وروسته پاکېږي</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;یادښتونه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>نه دی ارزول شوی</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ټیټ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>منځنی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>لوړ</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>خطر نه دی ارزول شوی</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>ټیټ خطر</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>منځنی خطر</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>لوړ خطر</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>تر اوسه هېڅ اړیکه نشته</translation>
    </message>
    <message>
        <source>Keep the people you work with here, with how to reach them safely and how never to.</source>
        <translation>هغه خلک چې ورسره کار کوئ دلته وساتئ، له دې سره چې څنګه ورسره په خوندي ډول اړیکه ونیسئ او له کومو لارو یې هېڅکله مه نیسئ.</translation>
    </message>
    <message>
        <source>No contact is open</source>
        <translation>هېڅ اړیکه خلاصه نه ده</translation>
    </message>
    <message>
        <source>Choose one from the list, or press Ctrl+N to add someone.</source>
        <translation>له لېست څخه یوه وټاکئ، یا د یو چا د زیاتولو لپاره Ctrl+N کېکاږئ.</translation>
    </message>
    <message>
        <source>Preferred: {0}</source>
        <translation>غوره: {0}</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>{0} (never use)</source>
        <translation>{0} (هېڅکله یې مه کاروئ)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after {0} seconds.</source>
        <translation>کاپي شو. کلیپ بورډ له {0} ثانیو وروسته پاکېږي.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Choose a passphrase: four or five unrelated words are strong and easy to remember. Nobody, not even Amanat&apos;s developers, can recover it for you; the recovery key shown next is the only other way in.</source>
        <translation>یو پټنوم وټاکئ: څلور یا پنځه یو له بله نااړوندې کلمې پیاوړې دي او په اسانۍ په یاد پاتې کېږي. هېڅوک، حتی د امانت جوړوونکي هم، دا ستاسو لپاره بېرته نه شي ترلاسه کولای؛ د بیا رغونې کیلي چې وروسته ښودل کېږي، د ننوتلو یوازینۍ بله لاره ده.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <extracomment>Label of the second passphrase field: type the same passphrase again</extracomment>
        <translation>بیا یې ولیکئ</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>I understand this passphrase is weak and want to use it anyway</source>
        <translation>پوهېږم چې دا پټنوم کمزوری دی او بیا هم یې کارول غواړم</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>خوندي صندوق جوړول</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>لومړی یو پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دواړه پټنومونه یو شان نه دي.</translation>
    </message>
    <message>
        <source>This passphrase is weak. Make it longer, or confirm that you accept it.</source>
        <translation>دا پټنوم کمزوری دی. اوږد یې کړئ، یا تایید کړئ چې همداسې یې منئ.</translation>
    </message>
    <message>
        <source>Creating the vault and measuring this computer (a few seconds)…</source>
        <translation>خوندي صندوق جوړېږي او دا کمپیوټر اندازه کېږي (څو ثانیې)…</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <source>&lt;b&gt;DECOY VAULT.&lt;/b&gt; What you put here is what someone sees if you are forced to type the duress passphrase. Put only harmless, ordinary content here. Your real vault is not shown and not changed.</source>
        <translation>&lt;b&gt;غولوونکی خوندي صندوق.&lt;/b&gt; هغه څه چې دلته یې ږدئ، هماغه څه دي چې که تاسو اړ شئ د فشار پټنوم ولیکئ، نور یې ویني. دلته یوازې بې ضرره او عادي منځپانګه کېږدئ. ستاسو اصلي خوندي صندوق نه ښودل کېږي او نه بدلېږي.</translation>
    </message>
    <message>
        <source>&amp;Close the decoy</source>
        <translation>غولوونکی خوندي صندوق &amp;بندول</translation>
    </message>
</context>
<context>
    <name>DeviceBindingSettings</name>
    <message>
        <source>&amp;Bind the passphrase to this computer&apos;s keystore</source>
        <translation>پټنوم د دې کمپیوټر د کیليو زېرمې پورې و&amp;تړه</translation>
    </message>
    <message>
        <source>Bind the passphrase to this computer</source>
        <translation>پټنوم دې کمپیوټر پورې تړل</translation>
    </message>
    <message>
        <source>Your passphrase is bound to the keystore of another computer (or of this one before it was reset) and does not work here. Lock the vault, open it with your recovery key and set your passphrase again: it is then bound to this computer.</source>
        <translation>ستاسو پټنوم د بل کمپیوټر (یا د همدې کمپیوټر له بیا جوړېدو مخکې) د کیليو زېرمې پورې تړلی دی او دلته کار نه کوي. خوندي صندوق قفل کړئ، د بیا رغونې په کیلي یې خلاص کړئ او پټنوم بیا وټاکئ: بیا دې کمپیوټر پورې تړل کېږي.</translation>
    </message>
    <message>
        <source>When on, an old copy of the key file (a Time Machine snapshot, a Windows shadow copy, a copied folder) does not open with your passphrase alone, not even one forced out of you. The recovery key still opens the vault anywhere.</source>
        <translation>کله چې فعال وي، د کیلي فایل زړه کاپي (د Time Machine محلي انځور، د Windows سیوري کاپي، کاپي شوی فولډر) یوازې ستاسو په پټنوم نه خلاصېږي، حتی که پټنوم په زور درنه واخیستل شي. د بیا رغونې کیلي لا هم خوندي صندوق هر ځای خلاصوي.</translation>
    </message>
    <message>
        <source>Bind the passphrase to this computer?</source>
        <translation>پټنوم دې کمپیوټر پورې وتړل شي؟</translation>
    </message>
    <message>
        <source>Your passphrase will open the vault only together with a secret kept in this computer&apos;s own keystore. A copy of the vault taken from this laptop (a snapshot, a disk image, a cloud copy) then does not open with your passphrase alone.

Keep your recovery key safe: if this computer&apos;s keystore is reset, or you restore a backup on another computer, only the recovery key opens the vault there (then set your passphrase again). Copies made before now are not bound: re-key afterwards to make them useless. The duress passphrase keeps working as before.</source>
        <translation>ستاسو پټنوم به خوندي صندوق یوازې د هغه راز سره خلاصوي چې د دې کمپیوټر په خپله د کیليو زېرمه کې ساتل کېږي. بیا د خوندي صندوق هغه کاپي چې له دې لپ ټاپ څخه اخیستل شي (محلي انځور، د ډیسک انځور، ورېځنۍ کاپي) یوازې ستاسو په پټنوم نه خلاصېږي.

د بیا رغونې کیلي مو خوندي وساتئ: که د دې کمپیوټر د کیليو زېرمه بیا جوړه شي، یا بیک اپ په بل کمپیوټر کې بېرته راوړئ، هلته یوازې د بیا رغونې کیلي خوندي صندوق خلاصوي (بیا پټنوم بیا وټاکئ). هغه کاپي چې تر اوسه اخیستل شوې، تړلې نه دي: وروسته د خوندي صندوق کیلي بدلول وکړئ چې بې ګټې شي. د فشار پټنوم لکه پخوا کار کوي.</translation>
    </message>
    <message>
        <source>Bind to this computer</source>
        <translation>دې کمپیوټر پورې تړل</translation>
    </message>
    <message>
        <source>Your passphrase now works only together with this computer&apos;s keystore. Re-key to make copies taken before now useless.</source>
        <translation>ستاسو پټنوم اوس یوازې د دې کمپیوټر د کیليو زېرمې سره کار کوي. د هغو کاپیو د بې ګټې کولو لپاره چې تر اوسه اخیستل شوې، د خوندي صندوق کیلي بدلول وکړئ.</translation>
    </message>
    <message>
        <source>Your passphrase alone opens the vault again.</source>
        <translation>اوس بیا یوازې ستاسو پټنوم خوندي صندوق خلاصوي.</translation>
    </message>
    <message>
        <source>This computer has no keystore Amanat can trust, so the passphrase cannot be bound to it. Nothing was changed.</source>
        <translation>دا کمپیوټر د کیليو داسې زېرمه نه لري چې امانت پرې باور وکړي، نو پټنوم ورپورې نه شي تړل کېدای. هېڅ شی بدل نه شو.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>{0} — out of date</source>
        <translation>{0} — تازه نه ده</translation>
    </message>
    <message>
        <source>Out of date: the {0} version changed this section since it was last marked updated</source>
        <translation>تازه نه ده: {0} ژباړې دا برخه د تازه کېدو له وروستي ثبت وروسته بدله کړې ده</translation>
    </message>
</context>
<context>
    <name>DraftLabels</name>
    <message>
        <source>Blank</source>
        <translation>تش</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>د SWOT شننه</translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation>مفهومي یادښت</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>د عمل پلان</translation>
    </message>
    <message>
        <source>UN communication</source>
        <translation>ملګرو ملتونو ته لیک</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>د غونډې یادښتونه</translation>
    </message>
    <message>
        <source>A blank draft: one section of free text</source>
        <translation>تشه مسوده: د آزاد متن یوه برخه</translation>
    </message>
    <message>
        <source>SWOT analysis: strengths, weaknesses, opportunities and threats</source>
        <translation>د SWOT شننه: پیاوړي اړخونه، کمزوري اړخونه، فرصتونه او ګواښونه</translation>
    </message>
    <message>
        <source>Concept note: background, objectives, activities, expected outcomes, risks</source>
        <translation>مفهومي یادښت: شالید، موخې، فعالیتونه، تمه شوې پایلې، خطرونه</translation>
    </message>
    <message>
        <source>Action plan: who does what by when</source>
        <translation>د عمل پلان: څوک، څه کار، تر کومې نېټې</translation>
    </message>
    <message>
        <source>Communication to the UN Special Procedures (Special Rapporteurs)</source>
        <translation>د ملګرو ملتونو ځانګړو کړنلارو ته لیک (ځانګړي راپور ورکوونکي)</translation>
    </message>
    <message>
        <source>Meeting notes: date, place, participants, agenda, discussion, decisions, action items</source>
        <translation>د غونډې یادښتونه: نېټه، ځای، ګډون‌وال، اجنډا، خبرې اترې، پرېکړې، تعقیبي کارونه</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Status of a strategy draft: still being written</extracomment>
        <translation>مسوده</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>د بیاکتنې لاندې</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>Status of a strategy draft: finished and agreed</extracomment>
        <translation>وروستۍ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>پیاوړي اړخونه</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>کمزوري اړخونه</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصتونه</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>ګواښونه</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>شالید</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>موخې</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>فعالیتونه</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>تمه شوې پایلې</translation>
    </message>
    <message>
        <source>Risks and how to reduce them</source>
        <translation>خطرونه او د کمولو لارې یې</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>لنډیز</translation>
    </message>
    <message>
        <source>Alleged victims</source>
        <translation>ادعا شوي قربانیان</translation>
    </message>
    <message>
        <source>Alleged perpetrators</source>
        <translation>ادعا شوي مرتکبین</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>نېټه او ځای</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <translation>د پېښو تشریح</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>په هېواد کې دننه قانوني لارې</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ګډون‌وال</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>اجنډا</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>خبرې اترې</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>پرېکړې</translation>
    </message>
    <message>
        <source>Inside the group: what works well.</source>
        <translation>د ډلې دننه: څه ښه کار کوي.</translation>
    </message>
    <message>
        <source>Inside the group: what holds you back.</source>
        <translation>د ډلې دننه: څه مو شاته ساتي.</translation>
    </message>
    <message>
        <source>Outside: openings you could use.</source>
        <translation>بهر: هغه فرصتونه چې کارولای یې شئ.</translation>
    </message>
    <message>
        <source>Outside: what could harm the work or people.</source>
        <translation>بهر: څه کار یا خلکو ته زیان رسولای شي.</translation>
    </message>
    <message>
        <source>The situation, and why this work is needed now.</source>
        <translation>اوسنی حالت، او ولې دا کار اوس اړین دی.</translation>
    </message>
    <message>
        <source>What will be different when this succeeds.</source>
        <translation>کله چې دا بریالی شي، څه به بدل شي.</translation>
    </message>
    <message>
        <source>What you will do, who does it, and when.</source>
        <translation>تاسو به څه کوئ، څوک یې کوي، او کله.</translation>
    </message>
    <message>
        <source>Concrete results someone could check.</source>
        <translation>مشخصې پایلې چې یو څوک یې وارسولای شي.</translation>
    </message>
    <message>
        <source>What could go wrong for the people and the work, and how you will reduce it.</source>
        <translation>خلکو او کار ته څه خطرونه پېښېدای شي، او تاسو به یې څنګه کم کړئ.</translation>
    </message>
    <message>
        <source>The goal of this plan in a few sentences.</source>
        <translation>د دې پلان موخه په څو جملو کې.</translation>
    </message>
    <message>
        <source>Names (or initials, without consent to disclose), sex, age, occupation, home.</source>
        <translation>نومونه (یا لومړي توري، که د ښکاره کولو اجازه نه وي)، جنس، عمر، دنده، کور.</translation>
    </message>
    <message>
        <source>Who is believed responsible (authority, unit or group), and why.</source>
        <translation>څوک مسؤل ګڼل کېږي (چارواکي، واحد یا ډله)، او ولې.</translation>
    </message>
    <message>
        <source>When and where it happened.</source>
        <translation>کله او چېرته پېښ شو.</translation>
    </message>
    <message>
        <source>What happened, in order, and how you know.</source>
        <translation>څه پېښ شول، په ترتیب سره، او تاسو پرې څنګه خبر یاست.</translation>
    </message>
    <message>
        <source>Complaints made at home and their results, or why none was possible.</source>
        <translation>په هېواد دننه ثبت شوي شکایتونه او پایلې یې، یا ولې هېڅ شکایت ممکن نه و.</translation>
    </message>
    <message>
        <source>Whether the victims or their families agree to this submission and to names being shared.</source>
        <translation>ایا قربانیان یا کورنۍ یې له دې سپارنې او د نومونو له شریکولو سره موافق دي.</translation>
    </message>
    <message>
        <source>One name a line.</source>
        <translation>په هره کرښه کې یو نوم.</translation>
    </message>
    <message>
        <source>The points to discuss, in order.</source>
        <translation>هغه ټکي چې خبرې پرې کېږي، په ترتیب سره.</translation>
    </message>
    <message>
        <source>What was said, point by point.</source>
        <translation>څه چې وویل شول، ټکی په ټکی.</translation>
    </message>
    <message>
        <source>What the group agreed.</source>
        <translation>ډلې پر څه موافقه وکړه.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>د فشار پټنوم</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Amanat, type the duress passphrase at the unlock screen instead of yours. It looks like a normal unlock, but it destroys this vault for good and opens a harmless decoy vault in its place. Nothing in the vault folder shows whether a duress passphrase is set. Changing your passphrase turns the duress passphrase off.</source>
        <translation>که څوک تاسو اړ کړي چې امانت خلاص کړئ، د قلف خلاصولو په پاڼه کې د خپل پټنوم پر ځای د فشار پټنوم ولیکئ. دا د یو عادي خلاصولو په څېر ښکاري، خو دا خوندي صندوق د تل لپاره له منځه وړي او د هغه پر ځای یو بې ضرره غولوونکی خوندي صندوق خلاصوي. د خوندي صندوق په فولډر کې هېڅ شی نه ښيي چې د فشار پټنوم ټاکل شوی که نه. د خپل پټنوم بدلول د فشار پټنوم بندوي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never type the duress passphrase to try it out.&lt;/b&gt; Typed at the unlock screen, even once, it destroys your real vault at once and for good: there is no undo, and only a backup or your group&apos;s copies can bring your content back.</source>
        <translation>&lt;b&gt;د فشار پټنوم هېڅکله د ازمویلو لپاره مه لیکئ.&lt;/b&gt; که د قلف خلاصولو په پاڼه کې یو ځل هم ولیکل شي، ستاسو اصلي خوندي صندوق سمدستي او د تل لپاره له منځه وړي: بېرته راګرځېدل نشته، او یوازې یو بېک اپ یا ستاسو د ډلې کاپي ګانې ستاسو منځپانګه بېرته راوړلای شي.</translation>
    </message>
    <message>
        <source>To fill the decoy safely, never unlock with the duress passphrase: while your real vault is open, use Tools → Fill the decoy… (or, on the command line, your own passphrase and amanat --decoy).</source>
        <translation>د دې لپاره چې غولوونکی خوندي صندوق په خوندي ډول ډک کړئ، هېڅکله یې د فشار په پټنوم مه خلاصوئ: کله چې ستاسو اصلي خوندي صندوق خلاص وي، «وسیلې ← د غولوونکي خوندي صندوق ډکول…» وکاروئ (یا د کمانډ په کرښه کې خپل پټنوم او amanat --decoy).</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>د فشار پټنوم ټاکل</translation>
    </message>
    <message>
        <source>Turn off and wipe the decoy</source>
        <translation>غیرفعالول او د غولوونکي صندوق پاکول</translation>
    </message>
    <message>
        <source>Fill the decoy…</source>
        <translation>د غولوونکي خوندي صندوق ډکول…</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>د فشار پټنوم:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <extracomment>Label of the second field: type the same duress passphrase again</extracomment>
        <translation>بیا یې ولیکئ:</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>د فشار پټنوم ټاکل شوی دی.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه یو شان نه دي.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase (a few seconds)…</source>
        <translation>د فشار پټنوم ټاکل کېږي (څو ثانیې)…</translation>
    </message>
    <message>
        <source>Set. Do not try it out: at the unlock screen it destroys this vault for good. Fill the decoy with harmless content as described above, with your own passphrase.</source>
        <translation>وټاکل شو. مه یې ازمویئ: د قلف خلاصولو په پاڼه کې دا خوندي صندوق د تل لپاره له منځه وړي. غولوونکی خوندي صندوق لکه څنګه چې پورته لیکل شوي، په خپل پټنوم او په بې ضرره منځپانګې ډک کړئ.</translation>
    </message>
    <message>
        <source>There is no duress passphrase any more.</source>
        <translation>نور د فشار پټنوم نشته.</translation>
    </message>
</context>
<context>
    <name>EntrustDialog</name>
    <message>
        <source>Entrust to colleagues</source>
        <translation>همکارانو ته سپارل</translation>
    </message>
    <message>
        <source>My vault</source>
        <translation>زما خوندي صندوق</translation>
    </message>
    <message>
        <source>Shares I hold</source>
        <translation>هغه ونډې چې زه یې ساتم</translation>
    </message>
    <message>
        <source>If you lose your passphrase and your recovery key, colleagues you trust can help you open your vault again. Choose them below and how many of them are needed. Each receives one share, in a bundle only they can open. Fewer shares than needed reveal nothing. Those needed, working together, could open your vault if they also had a copy of its files: choose people who would never do that, and keep your backups away from them.</source>
        <translation>که تاسو خپل پټنوم او د بیا رغونې کیلي ورک کړئ، هغه همکاران چې باور پرې لرئ، ستاسو خوندي صندوق په بیا خلاصولو کې مرسته کولای شي. لاندې یې وټاکئ او وښایاست چې څو تنه یې اړین دي. هر یو یوه ونډه ترلاسه کوي، په داسې کڅوړه کې چې یوازې هغه یې خلاصولای شي. له اړین شمېر څخه لږې ونډې هېڅ شی نه ښيي. هماغه اړین شمېر، که سره یو شي او د خوندي صندوق د فایلونو کاپي هم ولري، هغه خلاصولای شي: داسې کسان وټاکئ چې هېڅکله به دا کار ونه کړي، او خپل بېک اپونه ترې لرې وساتئ.</translation>
    </message>
    <message>
        <source>Colleagues needed to recover:</source>
        <translation>د بیا رغونې لپاره اړین همکاران:</translation>
    </message>
    <message>
        <source>Verified colleagues who will hold a share</source>
        <translation>تصدیق شوي همکاران چې یوه ونډه به ساتي</translation>
    </message>
    <message>
        <source>Make the shares…</source>
        <translation>د ونډو جوړول…</translation>
    </message>
    <message>
        <source>Withdraw the set</source>
        <translation>د ټولګې بېرته اخیستل</translation>
    </message>
    <message>
        <source>Shares that colleagues entrusted to you. They are kept apart from your items. Give one back only through a recovery request, after comparing the safety number with its owner.</source>
        <translation>هغه ونډې چې همکارانو تاسو ته سپارلې دي. دا ستاسو له توکو جلا ساتل کېږي. یوه ونډه یوازې د بیا رغونې د غوښتنې له لارې بېرته ورکړئ، هغه هم له خاوند سره د خوندیتوب شمېرې له پرتله کولو وروسته.</translation>
    </message>
    <message>
        <source>Answer a recovery request…</source>
        <translation>یوې د بیا رغونې غوښتنې ته ځواب…</translation>
    </message>
    <message>
        <source>Recovery shares I hold for others</source>
        <translation>د بیا رغونې هغه ونډې چې د نورو لپاره یې ساتم</translation>
    </message>
    <message>
        <source>Your vault is not entrusted to colleagues.</source>
        <translation>ستاسو خوندي صندوق همکارانو ته نه دی سپارل شوی.</translation>
    </message>
    <message>
        <source>Your vault is entrusted to {0} (set of {1}, {2} of {3}).</source>
        <translation>ستاسو خوندي صندوق {0} ته سپارل شوی دی (د {1} ټولګه، له {3} څخه {2}).</translation>
    </message>
    <message>
        <source>Replaced: set of {0}, held by {1}; its shares no longer open the vault.</source>
        <translation>بدله شوې: د {0} ټولګه، د {1} سره؛ د هغې ونډې نور خوندي صندوق نه خلاصوي.</translation>
    </message>
    <message>
        <source>{0} · {1} (not verified: compare safety numbers first)</source>
        <translation>{0} · {1} (نه دی تصدیق شوی: لومړی د خوندیتوب شمېرې پرتله کړئ)</translation>
    </message>
    <message>
        <source>{0} (set of {1}, {2} of {3})</source>
        <translation>{0} (د {1} ټولګه، له {3} څخه {2})</translation>
    </message>
    <message>
        <source>You hold no recovery shares for others.</source>
        <translation>تاسو د نورو لپاره د بیا رغونې هېڅ ونډه نه ساتئ.</translation>
    </message>
    <message>
        <source>Where to put the shares&apos; bundle files</source>
        <translation>د ونډو کڅوړې چېرته کېښودل شي</translation>
    </message>
    <message>
        <source>Made. Give each colleague their own file (it opens only for them), like any bundle. Any older set no longer opens the vault.</source>
        <translation>جوړ شو. هر همکار ته خپل فایل، لکه هره بله کڅوړه، ورکړئ (یوازې د هغه لپاره خلاصېږي). هېڅ زړه ټولګه نور خوندي صندوق نه خلاصوي.</translation>
    </message>
    <message>
        <source>Withdraw the set? No colleague&apos;s share will open your vault any more, until you make a new set.</source>
        <translation>ټولګه بېرته واخیستل شي؟ تر هغه چې نوې ټولګه جوړه نه کړئ، د هېڅ همکار ونډه به نور ستاسو خوندي صندوق خلاص نه کړي.</translation>
    </message>
    <message>
        <source>The set is withdrawn: no shares open your vault any more.</source>
        <translation>ټولګه بېرته واخیستل شوه: نور هېڅ ونډه ستاسو خوندي صندوق نه خلاصوي.</translation>
    </message>
</context>
<context>
    <name>EntrustEntry</name>
    <message>
        <source>&amp;Entrust to colleagues…</source>
        <translation>همکارانو ته &amp;سپارل…</translation>
    </message>
    <message>
        <source>Your vault is open again with your new passphrase. Your colleagues&apos; shares have been used: make a new set soon in Tools → Entrust to colleagues… (the old shares then stop working).</source>
        <translation>ستاسو خوندي صندوق په نوي پټنوم بیا خلاص دی. ستاسو د همکارانو ونډې وکارول شوې: ژر په وسیلې ← همکارانو ته سپارل… کې یوه نوې ټولګه جوړه کړئ (بیا زړې ونډې نور کار نه کوي).</translation>
    </message>
</context>
<context>
    <name>EntrustText</name>
    <message>
        <source>This is an answer to a recovery request. Open it on the computer that made the request, with Recover with my colleagues.</source>
        <translation>دا د بیا رغونې یوې غوښتنې ته ځواب دی. په هغه کمپیوټر کې یې چې غوښتنه یې جوړه کړې، د «زما د همکارانو په مرسته بیا رغونه» له لارې خلاص کړئ.</translation>
    </message>
    <message>
        <source>This recovery share was not made by Amanat. Nothing was changed.</source>
        <translation>دا د بیا رغونې ونډه امانت نه ده جوړه کړې. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This recovery share comes from someone you have not verified. Compare safety numbers with them first, then import it again. Nothing was changed.</source>
        <translation>دا د بیا رغونې ونډه له داسې چا راغلې چې تاسو نه ده تصدیق کړی. لومړی له هغه سره د خوندیتوب شمېرې پرتله کړئ، بیا یې بیا وارد کړئ. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The sender&apos;s keys are not the ones you verified. Nothing was changed.</source>
        <translation>د لېږونکي کیلي هغه نه دي چې تاسو تصدیق کړي دي. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>You already hold a share of a newer set from this person; this one was replaced.</source>
        <translation>تاسو له مخکې د همدې کس د یوې نوې ټولګې ونډه ساتئ؛ دا یوه بدله شوې ده.</translation>
    </message>
    <message>
        <source>This recovery request has expired. Ask for a new one.</source>
        <translation>دا د بیا رغونې غوښتنه پای ته رسېدلې ده. نوې غوښتنه وغواړئ.</translation>
    </message>
    <message>
        <source>This recovery request is dated in the future. Check this computer&apos;s clock.</source>
        <translation>د دې د بیا رغونې غوښتنې نېټه په راتلونکي کې ده. د دې کمپیوټر ساعت وګورئ.</translation>
    </message>
    <message>
        <source>This request asks for a set of shares that was replaced. Your share belongs to the newer set and cannot open this old copy of the vault.</source>
        <translation>دا غوښتنه د داسې ټولګې ونډې غواړي چې بدله شوې ده. ستاسو ونډه د نوې ټولګې ده او د خوندي صندوق دا زړه کاپي نه شي خلاصولای.</translation>
    </message>
    <message>
        <source>You hold no recovery share for this request. It may come from someone pretending to be a colleague.</source>
        <translation>تاسو د دې غوښتنې لپاره د بیا رغونې هېڅ ونډه نه ساتئ. کېدای شي له داسې چا وي چې ځان همکار ښيي.</translation>
    </message>
    <message>
        <source>The safety number is not this request&apos;s. Do not send your share.</source>
        <translation>دا د خوندیتوب شمېره د دې غوښتنې نه ده. خپله ونډه مه لېږئ.</translation>
    </message>
    <message>
        <source>This vault was not entrusted to colleagues (or its set was withdrawn).</source>
        <translation>دا خوندي صندوق همکارانو ته نه دی سپارل شوی (یا یې ټولګه بېرته اخیستل شوې ده).</translation>
    </message>
    <message>
        <source>This answer was not made for this recovery request (it is for an older request, or someone else&apos;s). Nothing was added.</source>
        <translation>دا ځواب د دې د بیا رغونې غوښتنې لپاره نه دی جوړ شوی (د یوې زړې غوښتنې دی، یا د بل چا). هېڅ شی ورزیات نه شو.</translation>
    </message>
    <message>
        <source>This file is not an answer to a recovery request. Nothing was added.</source>
        <translation>دا فایل د بیا رغونې یوې غوښتنې ته ځواب نه دی. هېڅ شی ورزیات نه شو.</translation>
    </message>
    <message>
        <source>This share belongs to another vault. Nothing was added.</source>
        <translation>دا ونډه د بل خوندي صندوق ده. هېڅ شی ورزیات نه شو.</translation>
    </message>
    <message>
        <source>This share belongs to an older set of shares, which was replaced: it no longer opens the vault. Nothing was added.</source>
        <translation>دا ونډه د ونډو د یوې زړې ټولګې ده چې بدله شوې: نور خوندي صندوق نه خلاصوي. هېڅ شی ورزیات نه شو.</translation>
    </message>
    <message>
        <source>This share is not one of this vault&apos;s shares: it was forged or damaged. Nothing was added.</source>
        <translation>دا ونډه د دې خوندي صندوق له ونډو څخه نه ده: جعلي یا خرابه ده. هېڅ شی ورزیات نه شو.</translation>
    </message>
    <message>
        <source>This colleague&apos;s share was added already. Nothing changed.</source>
        <translation>د دې همکار ونډه له مخکې ورزیاته شوې ده. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>No recovery is under way here. Make a recovery request first.</source>
        <translation>دلته هېڅ بیا رغونه روانه نه ده. لومړی د بیا رغونې غوښتنه جوړه کړئ.</translation>
    </message>
    <message>
        <source>This recovery request has expired. Cancel it, make a new one and send it again.</source>
        <translation>دا د بیا رغونې غوښتنه پای ته رسېدلې ده. لغوه یې کړئ، نوې جوړه کړئ او بیا یې ولېږئ.</translation>
    </message>
    <message>
        <source>Not enough shares have arrived yet. The vault stays locked.</source>
        <translation>لا تر اوسه کافي ونډې نه دي رسېدلې. خوندي صندوق قلف پاتې کېږي.</translation>
    </message>
    <message>
        <source>These shares do not open this vault.</source>
        <translation>دا ونډې دا خوندي صندوق نه خلاصوي.</translation>
    </message>
    <message>
        <source>This recovery share is damaged (a word is wrong or missing). Nothing was added.</source>
        <translation>دا د بیا رغونې ونډه خرابه ده (یوه کلمه ناسمه ده یا نشته). هېڅ شی ورزیات نه شو.</translation>
    </message>
    <message>
        <source>This is not a recovery request, or it was not copied completely.</source>
        <translation>دا د بیا رغونې غوښتنه نه ده، یا په بشپړه توګه نه ده کاپي شوې.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>پټنوم غلط دی. د کیبورډ ژبه او Caps Lock وګورئ، او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Group {0} of the recovery key has a typing mistake. Check it against your paper.</source>
        <translation>د بیا رغونې کیلي په {0} شمېره برخه کې د لیکلو تېروتنه ده. له خپل کاغذ سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <source>A recovery key has eight groups of five letters and digits.</source>
        <translation>د بیا رغونې کیلي اته برخې لري، هره برخه پنځه توري او عددونه.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault.</source>
        <translation>دا د بیا رغونې کیلي دا خوندي صندوق نه خلاصوي.</translation>
    </message>
    <message>
        <source>This was made by a newer version of Amanat. Update Amanat to open it.</source>
        <translation>دا د امانت په نوې نسخه جوړ شوی. د پرانیستلو لپاره یې امانت تازه کړئ.</translation>
    </message>
    <message>
        <source>This file is damaged or has been changed, so Amanat will not use it. Nothing was changed.</source>
        <translation>دا فایل خراب یا بدل شوی دی، نو امانت یې نه کاروي. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The vault is open in another Amanat window. Close it there first.</source>
        <translation>خوندي صندوق د امانت په بله کړکۍ کې خلاص دی. لومړی یې هلته وتړئ.</translation>
    </message>
    <message>
        <source>There is already a vault there. Nothing was changed.</source>
        <translation>هلته دمخه یو خوندي صندوق شته. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Your passphrase works only together with the keystore of the computer it is bound to, and Amanat cannot get its secret here (another computer or account, a reset or locked keystore, or an old copy of the vault). If the system keystore is locked, unlock it and try again; otherwise open the vault with your recovery key and set your passphrase again.</source>
        <translation>ستاسو پټنوم یوازې د هغه کمپیوټر د کیليو زېرمې سره کار کوي چې ورپورې تړلی دی، او امانت دلته د هغه راز ته لاسرسی نه لري (بل کمپیوټر یا حساب، بیا جوړه شوې یا قفله د کیليو زېرمه، یا د خوندي صندوق زړه کاپي). که د سیسټم د کیليو زېرمه قفله وي، خلاصه یې کړئ او بیا هڅه وکړئ؛ که نه، خوندي صندوق د بیا رغونې په کیلي خلاص کړئ او پټنوم بیا وټاکئ.</translation>
    </message>
    <message>
        <source>This computer has no safe keychain, so Amanat will not remember the vault here.</source>
        <translation>دا کمپیوټر د کیليو خوندي زېرمه (keychain) نه لري، نو امانت به دلته خوندي صندوق په یاد ونه ساتي.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>هغه توکی نور شتون نه لري.</translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation>دا نه شي ساتل کېدای: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing secret was written anywhere.</source>
        <translation>یوه ستونزه رامنځته شوه ({0}). هېڅ پټ معلومات چېرته ونه لیکل شول.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you. Nothing was changed.</source>
        <translation>دا کڅوړه تاسو ته نه ده لېږل شوې. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This bundle was passed on to you by someone its sender did not send it to. It was refused; nothing was changed.</source>
        <translation>دا کڅوړه تاسو ته داسې چا درکړې چې لېږونکي ورته نه وه لېږلې. رد شوه؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match its sender: it was changed or forged. It was refused; nothing was changed.</source>
        <translation>د دې کڅوړې لاسلیک له لېږونکي سره سمون نه خوري: یا بدله شوې یا جعلي ده. رد شوه؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This bundle is larger than Amanat accepts. Nothing was changed.</source>
        <translation>دا کڅوړه له هغې اندازې لویه ده چې امانت یې مني. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This bundle was refused: {0}. Nothing was changed.</source>
        <translation>دا کڅوړه رد شوه: {0}. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The drive is full. Free some space or use another drive; nothing was written.</source>
        <translation>ډرایو ډک دی. یو څه ځای خالي کړئ یا بل ډرایو وکاروئ؛ هېڅ شی ونه لیکل شو.</translation>
    </message>
    <message>
        <source>The drive is read-only (check its lock switch) or you may not write to it.</source>
        <translation>ډرایو یوازې د لوستلو لپاره دی (د قلف سویچ یې وګورئ) یا تاسو پرې د لیکلو اجازه نه لرئ.</translation>
    </message>
    <message>
        <source>The drive or folder is not there any more.</source>
        <translation>ډرایو یا فولډر نور شتون نه لري.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>USB stick</source>
        <translation>USB فلش</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>بیا لټون</translation>
    </message>
    <message>
        <source>Sync with this drive</source>
        <translation>له دې ډرایو سره همغږي کول</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>بل فولډر…</translation>
    </message>
    <message>
        <source>A drive Amanat did not find, or a shared folder</source>
        <translation>هغه ډرایو چې امانت ونه موند، یا ګډ فولډر</translation>
    </message>
    <message>
        <source>Remove the bundles I import from the drive</source>
        <translation>هغه کڅوړې چې واردوم یې، له ډرایو څخه لرې کول</translation>
    </message>
    <message>
        <source>Files, e-mail and text</source>
        <translation>فایلونه، برېښنالیک او متن</translation>
    </message>
    <message>
        <source>Save bundles to a folder…</source>
        <translation>کڅوړې په یوه فولډر کې ساتل…</translation>
    </message>
    <message>
        <source>Open bundle files…</source>
        <translation>د کڅوړو فایلونه پرانیستل…</translation>
    </message>
    <message>
        <source>Write e-mail drafts…</source>
        <translation>د برېښنالیک مسودې لیکل…</translation>
    </message>
    <message>
        <source>Import e-mails (.eml, .mbox)…</source>
        <translation>برېښنالیکونه واردول (.eml، .mbox)…</translation>
    </message>
    <message>
        <source>Paste a bundle as text…</source>
        <translation>کڅوړه د متن په بڼه سرېښول…</translation>
    </message>
    <message>
        <source>Send everything (full resync)</source>
        <translation>هر څه لېږل (بشپړه بیا همغږي)</translation>
    </message>
    <message>
        <source>Writes your groups&apos; changes to the drive and reads the bundles there that are addressed to you. File names on the drive reveal nothing.</source>
        <translation>ستاسو د ډلو بدلونونه پر ډرایو لیکي او هغه کڅوړې لولي چې هلته تاسو ته لېږل شوې دي. پر ډرایو د فایلونو نومونه هېڅ شی نه ښکاره کوي.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>ودرول</translation>
    </message>
    <message>
        <source>The bundle for the group {0} could not be made: {1}</source>
        <translation>د {0} ډلې کڅوړه جوړه نه شوه: {1}</translation>
    </message>
    <message>
        <source>No drive found: plug in a USB stick</source>
        <translation>هېڅ ډرایو ونه موندل شو: یو USB فلش ونښلوئ</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>هېڅ کار ونه شو.</translation>
    </message>
    <message>
        <source>The drive or folder to sync with</source>
        <translation>هغه ډرایو یا فولډر چې ورسره همغږي کېږي</translation>
    </message>
    <message>
        <source>Wrote one bundle to the drive.</source>
        <translation>یوه کڅوړه پر ډرایو ولیکل شوه.</translation>
    </message>
    <message>
        <source>Wrote {0} bundles to the drive.</source>
        <translation>{0} کڅوړې پر ډرایو ولیکل شوې.</translation>
    </message>
    <message>
        <source>Syncing with the drive…</source>
        <translation>له ډرایو سره همغږي کېږي…</translation>
    </message>
    <message>
        <source>Where to save the bundles</source>
        <translation>کڅوړې چېرته وساتل شي</translation>
    </message>
    <message>
        <source>Saved {0} bundles in {1}.</source>
        <translation>{0} کڅوړې په {1} کې وساتل شوې.</translation>
    </message>
    <message>
        <source>Saved one bundle in {1}.</source>
        <translation>یوه کڅوړه په {1} کې وساتل شوه.</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>د لېږلو لپاره هېڅ نوی شی نشته.</translation>
    </message>
    <message>
        <source>Sealing bundles…</source>
        <translation>کڅوړې کوډ او مهر کېږي…</translation>
    </message>
    <message>
        <source>Where to save the e-mail drafts</source>
        <translation>د برېښنالیک مسودې چېرته وساتل شي</translation>
    </message>
    <message>
        <source>Saved {0} e-mail drafts in {1}. Add the recipients in your mail program and send them; the subject and text say nothing about Amanat.</source>
        <translation>د برېښنالیک {0} مسودې په {1} کې وساتل شوې. په خپل د برېښنالیک پروګرام کې ترلاسه کوونکي ور زیات کړئ او ویې لېږئ؛ موضوع او متن یې د امانت په اړه هېڅ نه وايي.</translation>
    </message>
    <message>
        <source>Open bundle files</source>
        <translation>د کڅوړو فایلونه پرانیستل</translation>
    </message>
    <message>
        <source>Import e-mails</source>
        <translation>برېښنالیکونه واردول</translation>
    </message>
    <message>
        <source>E-mail files (*.eml *.mbox);;All files (*)</source>
        <translation>د برېښنالیک فایلونه (*.eml *.mbox);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Checking what arrived…</source>
        <translation>هغه څه کتل کېږي چې رارسېدلي دي…</translation>
    </message>
    <message>
        <source>Nothing new for you.</source>
        <translation>ستاسو لپاره هېڅ نوی شی نشته.</translation>
    </message>
    <message>
        <source>Imported one bundle.</source>
        <translation>یوه کڅوړه وارده شوه.</translation>
    </message>
    <message>
        <source>Imported {0} bundles.</source>
        <translation>{0} کڅوړې وارد شوې.</translation>
    </message>
    <message>
        <source>{0} wait in the quarantine until you verify their senders.</source>
        <translation>{0} کڅوړې تر هغه په قرنطین کې پاتې کېږي چې د هغو لېږونکي تصدیق کړئ.</translation>
    </message>
    <message>
        <source>The quarantine was full: {0} older bundles were deleted from it.</source>
        <translation>قرنطین ډک و: {0} زړې کڅوړې ترې لرې شوې.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>واردېږي…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF سند (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>د Word سند (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument متن (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>وېب پاڼه (*.html)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>تبصرې</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حل شوې</translation>
    </message>
    <message>
        <source>open</source>
        <translation>پرانیستې</translation>
    </message>
    <message>
        <source>«{0}» ({1}, {2})</source>
        <translation>«{0}» ({1}، {2})</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>کړنې</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>تعقیبي کارونه</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>نېټه: {0}</translation>
    </message>
    <message>
        <source>Online: {0}</source>
        <translation>آنلاین: {0}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>Place: {0}</source>
        <translation>ځای: {0}</translation>
    </message>
    <message>
        <source>Qt could not write the OpenDocument file.</source>
        <translation>د OpenDocument فایل د Qt لخوا ونه لیکل شو.</translation>
    </message>
    <message>
        <source>Unknown export format {0}.</source>
        <translation>د صادرولو نامعلومه بڼه: {0}.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} ونه لیکل شو: {1}</translation>
    </message>
    <message>
        <source>Sealed to {0}: open it with the age tool and the passphrase.</source>
        <translation>کوډ او مهر شو په {0} کې: د age وسیلې او پټنوم سره یې پرانیزئ.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>کوډ او مهر کېږي…</translation>
    </message>
    <message>
        <source>Export redacted</source>
        <translation>د پټو نومونو سره صادرول</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>پټ-شوی</translation>
    </message>
    <message>
        <source>Exported redacted to {0} (not encrypted).</source>
        <translation>د پټو نومونو سره په {0} کې صادر شو (بې کوډه).</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>vCard فایل (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>اړیکې صادرول</translation>
    </message>
    <message>
        <source>{0} contact exported to {1} (not encrypted).</source>
        <translation>{0} اړیکه په {1} کې صادره شوه (بې کوډه).</translation>
    </message>
    <message>
        <source>{0} contacts exported to {1} (not encrypted).</source>
        <translation>{0} اړیکې په {1} کې صادرې شوې (بې کوډه).</translation>
    </message>
    <message>
        <source>Export note</source>
        <translation>یادښت صادرول</translation>
    </message>
    <message>
        <source>Exported to {0} (not encrypted).</source>
        <translation>په {0} کې صادر شو (بې کوډه).</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>New group…</source>
        <translation>نوې ډله…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>غړي</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>غړی زیاتول…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>غړی لرې کول</translation>
    </message>
    <message>
        <source>Shared with this group</source>
        <translation>له دې ډلې سره شریک شوي</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The list of groups of people who share items (not the groups of characters of a key)</extracomment>
        <translation>ډلې</translation>
    </message>
    <message>
        <source> (you are its admin)</source>
        <translation> (تاسو یې مدیر یاست)</translation>
    </message>
    <message>
        <source>⚠ This name looks like a group id: go by the id</source>
        <translation>⚠ دا نوم د یوې ډلې پېژند ته ورته دی: پېژند ته وګورئ</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>you</source>
        <translation>تاسو</translation>
    </message>
    <message>
        <source>NOT verified by you: bundles you send ask first</source>
        <translation>ستاسو له خوا نه دی تصدیق شوی: د کڅوړې له لېږلو مخکې پوښتنه کېږي</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بې سرلیکه)</translation>
    </message>
    <message>
        <source>(deleted for good)</source>
        <translation>(د تل لپاره ړنګ شوی)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>نوې ډله</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>د ډلې نوم:</translation>
    </message>
    <message>
        <source>Created {0}. Add verified people to it.</source>
        <translation>{0} جوړه شوه. تصدیق شوي کسان ورته ور زیات کړئ.</translation>
    </message>
    <message>
        <source>Only verified people can be members: add and verify someone first.</source>
        <translation>یوازې تصدیق شوي کسان غړي کېدای شي: لومړی یو څوک ور زیات او تصدیق کړئ.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>غړی زیاتول</translation>
    </message>
    <message>
        <source>Verified people:</source>
        <translation>تصدیق شوي کسان:</translation>
    </message>
    <message>
        <source>Added. They receive the group&apos;s items with your next bundle.</source>
        <translation>ور زیات شو. د ډلې توکي به ستاسو له راتلونکې کڅوړې سره ترلاسه کړي.</translation>
    </message>
    <message>
        <source>Removed. They will receive nothing new from this group.</source>
        <translation>لرې شو. له دې ډلې به نور هېڅ نوی شی ترلاسه نه کړي.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(untitled)</source>
        <translation>(بې سرلیکه)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>تاسو</translation>
    </message>
    <message>
        <source>Revision {0} is the current version.</source>
        <translation>نسخه {0} همدا اوسنۍ نسخه ده.</translation>
    </message>
    <message>
        <source>Changes from revision {0} to the current version (revision {1})</source>
        <translation>له {0} نسخې څخه تر اوسنۍ نسخې (نسخه {1}) پورې بدلونونه</translation>
    </message>
    <message>
        <source>No differences: this revision reads the same as the current version.</source>
        <translation>هېڅ توپیر نشته: دا نسخه له اوسنۍ نسخې سره یو شان ده.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مخینه</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Column heading: when this version was saved (a time), not a command</extracomment>
        <translation>د ساتلو وخت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>From</source>
        <translation>د چا له خوا</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>ساتل شوې نسخې</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>بدلونونه</translation>
    </message>
    <message>
        <source>Lines marked − (red) are only in the selected revision; lines marked + (green) are only in the current version. Restoring saves the old version as a new revision, so nothing is lost.</source>
        <translation>په − (سور) نښه شوې کرښې یوازې په ټاکل شوې نسخه کې دي؛ په + (شین) نښه شوې کرښې یوازې په اوسنۍ نسخه کې دي. بېرته راګرځول زړه نسخه د یوې نوې نسخې په توګه ساتي، نو هېڅ شی نه ورکېږي.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>دا نسخه بېرته راګرځول</translation>
    </message>
    <message>
        <source>Restore this version (Ctrl+R)</source>
        <translation>دا نسخه بېرته راګرځول (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Your contact card lets group members send you sealed bundles and check that bundles really come from you. Give it to them in person, as a file, or let their phone read the QR code.</source>
        <translation>ستاسو د اړیکې کارت د ډلې غړو ته اجازه ورکوي چې تاسو ته کوډ شوې کڅوړې ولېږي او وګوري چې کڅوړې رښتیا له تاسو څخه راغلې دي. دا کارت ورته مخامخ یا د فایل په بڼه ورکړئ، یا پرېږدئ چې د دوی ټیلیفون QR کوډ ولولي.</translation>
    </message>
    <message>
        <source>Name on your card:</source>
        <translation>ستاسو پر کارت نوم:</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>نوم ساتل</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>پېژند:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>د کیلي د ګوتې نښه:</translation>
    </message>
    <message>
        <source>Save card as a file…</source>
        <translation>کارت د فایل په بڼه ساتل…</translation>
    </message>
    <message>
        <source>Copy card as text</source>
        <translation>کارت د متن په بڼه کاپي کول</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>ستاسو د اړیکې کارت QR کوډ</translation>
    </message>
    <message>
        <source>Choose the name on your card (a pseudonym is fine) to make your card.</source>
        <translation>د خپل کارت د جوړولو لپاره هغه نوم وټاکئ چې پر کارت به وي (مستعار نوم هم سم دی).</translation>
    </message>
    <message>
        <source>Saved. Cards you give from now on carry this name.</source>
        <translation>وساتل شو. هغه کارتونه چې له اوس وروسته یې ورکوئ همدا نوم لري.</translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation>خپل د اړیکې کارت ساتل</translation>
    </message>
    <message>
        <source>Saved your card to {0}.</source>
        <translation>ستاسو کارت په {0} کې وساتل شو.</translation>
    </message>
    <message>
        <source>Your card is on the clipboard; paste it into a message.</source>
        <translation>ستاسو کارت په کلیپ بورډ کې دی؛ په یوه پیغام کې یې سرېښ کړئ.</translation>
    </message>
</context>
<context>
    <name>ImageViewDialog</name>
    <message>
        <source>Attachment</source>
        <translation>ضمیمه</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>کاپي ساتل…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>کاپي ساتل</translation>
    </message>
    <message>
        <source>Image: {0}</source>
        <translation>انځور: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} لوستل کېږي…</translation>
    </message>
    <message>
        <source>What would come in</source>
        <translation>هغه څه چې راننوځي</translation>
    </message>
    <message>
        <source>Complete the people already here from their cards</source>
        <translation>هغه اړیکې چې دمخه دلته دي د هغوی له کارتونو بشپړې کړه</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>راوړل</translation>
    </message>
    <message>
        <source>{0}: already here as {1}</source>
        <translation>{0}: دمخه دلته د {1} په نوم شته</translation>
    </message>
    <message>
        <source>{0}: new</source>
        <translation>{0}: نوی</translation>
    </message>
    <message>
        <source>{0}: already here as {1}; completing adds {2}</source>
        <translation>{0}: دمخه دلته د {1} په نوم شته؛ بشپړول دا ورزیاتوي: {2}</translation>
    </message>
    <message>
        <source>Card {0} left out: {1}</source>
        <translation>{0} کارت پرېښودل شو: {1}</translation>
    </message>
    <message>
        <source>{0} people in {1}: {2} new, {3} already in this vault. People already here are only completed if you tick the box (nothing of theirs is replaced).</source>
        <translation>په {1} کې {0} کسان: {2} نوي، {3} دمخه په دې خوندي صندوق کې. هغه کسان چې دمخه دلته دي یوازې هغه وخت بشپړېږي چې خانه په نښه کړئ (د هغوی هېڅ شی نه بدلېږي).</translation>
    </message>
    <message>
        <source>{0} (with {1} attached files)</source>
        <translation>{0} (له {1} ضمیمه فایلونو سره)</translation>
    </message>
    <message>
        <source>{0} left out: {1}</source>
        <translation>{0} پرېښودل شو: {1}</translation>
    </message>
    <message>
        <source>{0} notes in {1}. Their attached files are stored encrypted; the folder itself is not changed.</source>
        <translation>په {1} کې {0} یادښتونه. د هغوی ضمیمه فایلونه کوډ شوي ساتل کېږي؛ پخپله فولډر نه بدلېږي.</translation>
    </message>
    <message>
        <source>{0} cannot come in like this: {1}</source>
        <translation>{0} په دې ډول نه شي راوړل کېدای: {1}</translation>
    </message>
    <message>
        <source>{0} becomes one note. Its images are stored encrypted; the file itself is not changed.</source>
        <translation>{0} یو یادښت کېږي. انځورونه یې کوډ شوي ساتل کېږي؛ پخپله فایل نه بدلېږي.</translation>
    </message>
    <message>
        <source>{0} becomes one draft: its headings that name a section of the template start that section, the rest stays as text. Its images are stored encrypted; the file itself is not changed.</source>
        <translation>{0} یوه مسوده کېږي: د هغې هر سرلیک چې د کینډۍ د یوې برخې نوم ولري، هماغه برخه پیلوي، پاتې یې د متن په توګه پاتې کېږي. انځورونه یې کوډ شوي ساتل کېږي؛ پخپله فایل نه بدلېږي.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>راوړل کېږي…</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>راوړل شول: {0}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>هېڅ شی رانه وړل شو.</translation>
    </message>
    <message>
        <source>As a &amp;note</source>
        <translation>د &amp;یادښت په توګه</translation>
    </message>
    <message>
        <source>As a &amp;draft, its headings the sections of:</source>
        <translation>د &amp;مسودې په توګه، سرلیکونه یې د دې کینډۍ برخې:</translation>
    </message>
    <message>
        <source>Template of the draft</source>
        <translation>د مسودې کینډۍ</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>سرلیک: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} paragraphs</source>
        <translation>{0}: {1} پاراګرافونه</translation>
    </message>
    <message>
        <source>{0}: empty</source>
        <translation>{0}: تش</translation>
    </message>
    <message>
        <source>Actions: {0} rows</source>
        <translation>کړنې: {0} کتارونه</translation>
    </message>
    <message>
        <source>{0} paragraphs, lists and tables</source>
        <translation>{0} پاراګرافونه، لړلیکونه او جدولونه</translation>
    </message>
    <message>
        <source>{0} images, kept as encrypted attached files</source>
        <translation>{0} انځورونه، د کوډ شویو ضمیمه فایلونو په توګه ساتل شوي</translation>
    </message>
</context>
<context>
    <name>ImportEntry</name>
    <message>
        <source>Import &amp;contacts (.vcf)…</source>
        <translation>د &amp;اړیکو راوړل (.vcf)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of notes…</source>
        <translation>د یادښتونو د &amp;فولډر راوړل…</translation>
    </message>
    <message>
        <source>Import a &amp;Word document (.docx)…</source>
        <translation>د Word &amp;سند راوړل (.docx)…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>د اړیکو راوړل</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard)</source>
        <translation>د اړیکو فایلونه (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes</source>
        <translation>د Markdown یا متني یادښتونو د فولډر راوړل</translation>
    </message>
    <message>
        <source>Import a Word document</source>
        <translation>د Word سند راوړل</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>د Word سندونه (*.docx)</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>{0} added</source>
        <translation>{0} توکي ور زیات شول</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} توکي بدل شول</translation>
    </message>
    <message>
        <source>{0} moved to the trash</source>
        <translation>{0} توکي د کثافاتو ټوکرۍ ته ولېږل شول</translation>
    </message>
    <message>
        <source>{0} restored</source>
        <translation>{0} توکي بېرته راوګرځول شول</translation>
    </message>
    <message>
        <source>{0} unchanged</source>
        <translation>{0} توکي بې بدلونه</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>هېڅ نوی شی نشته</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>ترلاسه شوې کڅوړې</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>رد شوه: {0}</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>یو نامعلوم کس</translation>
    </message>
    <message>
        <source>From {0}, who is NOT verified: it will wait in the quarantine until you verify them. Group: {1}</source>
        <translation>له {0} څخه، چې تصدیق شوی نه دی: دا کڅوړه به تر هغه په قرنطین کې پاتې وي چې هغه تصدیق کړئ. ډله: {1}</translation>
    </message>
    <message>
        <source>From {0}: already imported, changes nothing.</source>
        <translation>له {0} څخه: دمخه وارده شوې، هېڅ شی نه بدلوي.</translation>
    </message>
    <message>
        <source>From {0} (verified): a recovery share to hold for them, kept apart from your items (Tools → Entrust to colleagues…).</source>
        <translation>له {0} (تصدیق شوی): د بیا رغونې یوه ونډه چې د هغه لپاره یې ساتئ، ستاسو له توکو جلا (وسیلې ← همکارانو ته سپارل…).</translation>
    </message>
    <message>
        <source>From {0} (verified) · group {1}: {2}</source>
        <translation>له {0} څخه (تصدیق شوی) · ډله {1}: {2}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بې سرلیکه)</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>او {0} نور</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation>له واردولو مخکې بیاکتنه</translation>
    </message>
    <message>
        <source>Apply ticked bundles</source>
        <translation>نښه شوې کڅوړې پلي کول</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>پرېښودل</translation>
    </message>
    <message>
        <source>Bundles for you: {0}.</source>
        <translation>ستاسو لپاره کڅوړې: {0}.</translation>
    </message>
    <message>
        <source>{0} addressed to other people (left alone).</source>
        <translation>{0} کڅوړې نورو کسانو ته لېږل شوې (لاس ورنه وړل شو).</translation>
    </message>
    <message>
        <source>{0} read before.</source>
        <translation>{0} کڅوړې دمخه لوستل شوې وې.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>{0} پرېښودل شو: {1}</translation>
    </message>
</context>
<context>
    <name>ItemEditorSection</name>
    <message>
        <source>Filter…</source>
        <translation>چاڼ…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>لېست چاڼول</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>ن&amp;ښې</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>په کامو بېل شوي</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساتل</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>د کثافاتو ټوکرۍ ته لېږل</translation>
    </message>
    <message>
        <source>Delete key in the list</source>
        <translation>په لېست کې د Delete تڼۍ</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>مخینه…</translation>
    </message>
    <message>
        <source>Saved versions, and restoring one ({0})</source>
        <translation>ساتل شوې نسخې، او د یوې بېرته راګرځول ({0})</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>شریکول…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شریکول</translation>
    </message>
    <message>
        <source>Share this item with a group, and see with which groups it is shared</source>
        <translation>دا توکی له یوې ډلې سره شریک کړئ، او وګورئ چې له کومو ډلو سره شریک شوی دی</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مخینه</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لا نه دی ساتل شوی.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>ونه ساتل شو: {0}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>وساتل شو.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بې سرلیکه)</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>لوړ خطر</translation>
    </message>
</context>
<context>
    <name>ItemText</name>
    <message>
        <source>Tags: {0}</source>
        <translation>نښې: {0}</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>سنجاق شوی</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ښار</translation>
    </message>
    <message>
        <source>Channel {0}</source>
        <translation>د {0} لاره</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>غوره لاره</translation>
    </message>
    <message>
        <source>Never contact via</source>
        <translation>دا لارې هېڅکله مه کاروئ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>د خطر کچه</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>کینډۍ: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>حالت: {0}</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>کړنې</translation>
    </message>
</context>
<context>
    <name>LanguageVersionsBar</name>
    <message>
        <source>Dari</source>
        <translation>دري</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انګلیسي</translation>
    </message>
    <message>
        <source>Language versions:</source>
        <translation>ژباړې:</translation>
    </message>
    <message>
        <source>No other language versions</source>
        <translation>بله ژباړه نه لري</translation>
    </message>
    <message>
        <source>Make a version…</source>
        <translation>ژباړه جوړول…</translation>
    </message>
    <message>
        <source>Make a version in another language</source>
        <translation>په بله ژبه ژباړه جوړول</translation>
    </message>
    <message>
        <source>Make a linked Dari, Pashto or English version of this draft</source>
        <translation>د دې مسودې تړلې دري، پښتو یا انګلیسي ژباړه جوړول</translation>
    </message>
    <message>
        <source>{0} ({1} out of date)</source>
        <translation>{0} ({1} تازه نه دي)</translation>
    </message>
    <message>
        <source>{0} version, open</source>
        <translation>{0} ژباړه، پرانیستې</translation>
    </message>
    <message>
        <source>{0} version</source>
        <translation>{0} ژباړه</translation>
    </message>
    <message>
        <source>Out of date: {0} — changed in the {1} version since this one was last marked updated.</source>
        <translation>تازه نه ده: {0} — د دې ژباړې د تازه کېدو له وروستي ثبت وروسته په {1} ژباړه کې بدله شوې ده.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>بدلونونه ښودل…</translation>
    </message>
    <message>
        <source>Show what changed in the other versions</source>
        <translation>په نورو ژباړو کې بدلونونه ښودل</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;خوندي صندوق</translation>
    </message>
    <message>
        <source>G&amp;o</source>
        <translation>&amp;تلل</translation>
    </message>
    <message>
        <source>Ite&amp;m</source>
        <translation>&amp;توکی</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;وسیلې</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مرسته</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قلفول</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;امستنې…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;وتل</translation>
    </message>
    <message>
        <source>&amp;Panic wipe…</source>
        <translation>&amp;بېړنی پاکول…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>د فشار &amp;پټنوم…</translation>
    </message>
    <message>
        <source>&amp;Travel mode…</source>
        <translation>د &amp;سفر حالت…</translation>
    </message>
    <message>
        <source>Fill the &amp;decoy…</source>
        <translation>د غولوونکي خوندي صندوق &amp;ډکول…</translation>
    </message>
    <message>
        <source>What Amanat &amp;protects…</source>
        <translation>امانت &amp;څه ساتي…</translation>
    </message>
    <message>
        <source>&amp;About Amanat</source>
        <translation>د امانت په &amp;اړه</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>د کيبورډ &amp;لنډې لارې</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>په ټولو کې &amp;لټون…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;یادښتونه</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;اړیکې</translation>
    </message>
    <message>
        <source>St&amp;rategy</source>
        <translation>&amp;ستراتیژي</translation>
    </message>
    <message>
        <source>Tr&amp;ash</source>
        <translation>د کثافاتو &amp;ټوکرۍ</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;همغږي</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;دندې</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;نوی</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ساتل</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;مخینه…</translation>
    </message>
    <message>
        <source>S&amp;hare with a group…</source>
        <translation>له یوې ډلې سره &amp;شریکول…</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>لېست &amp;چاڼول</translation>
    </message>
    <message>
        <source>&amp;Preview (Notes)</source>
        <translation>&amp;مخکتنه (یادښتونه)</translation>
    </message>
    <message>
        <source>Co&amp;mment on the selection</source>
        <translation>په ټاکل شوي عبارت &amp;تبصره</translation>
    </message>
    <message>
        <source>&amp;Export… (Notes, Strategy)</source>
        <translation>&amp;صادرول… (یادښتونه، ستراتیژي)</translation>
    </message>
    <message>
        <source>&amp;Restore (Trash)</source>
        <translation>بېرته &amp;راګرځول (د کثافاتو ټوکرۍ)</translation>
    </message>
    <message>
        <source>&amp;Empty the trash… (Trash)</source>
        <translation>د کثافاتو ټوکرۍ &amp;تشول… (د کثافاتو ټوکرۍ)</translation>
    </message>
    <message>
        <source>The duress passphrase is off now: it belonged to the old passphrase. Set it again in Tools → Duress passphrase.</source>
        <translation>د فشار پټنوم اوس بند دی: دا د زاړه پټنوم پورې تړلی و. بیا یې په «وسیلې ← د فشار پټنوم…» کې وټاکئ.</translation>
    </message>
    <message>
        <source>The decoy vault is larger than 4 MiB, so its file is now larger than that of a vault without a duress passphrase. Remove some of its content (attachments first) to keep it small.</source>
        <translation>غولوونکی خوندي صندوق له ۴ MiB څخه لوی دی، نو فایل یې اوس د هغه خوندي صندوق له فایل څخه لوی دی چې د فشار پټنوم نه لري. د دې لپاره چې کوچنی پاتې شي، یو څه منځپانګه یې (لومړی ضمیمې) لرې کړئ.</translation>
    </message>
</context>
<context>
    <name>MakeVersionDialog</name>
    <message>
        <source>Make a language version</source>
        <translation>ژباړه جوړول</translation>
    </message>
    <message>
        <source>The new version is linked to this one: when a section of one changes, the others show it as out of date until someone marks it updated. Shared with a group, the versions travel together.</source>
        <translation>نوې ژباړه له دې مسودې سره تړلې ده: کله چې د یوې برخه بدله شي، نورې هغه برخه تازه نه ښيي تر هغو چې څوک یې تازه ثبت کړي. که له یوې ډلې سره شریکې شي، ژباړې یوځای لېږل کېږي.</translation>
    </message>
    <message>
        <source>&amp;This draft is in</source>
        <translation>&amp;دا مسوده په دې ژبه ده</translation>
    </message>
    <message>
        <source>The language this draft is written in</source>
        <translation>هغه ژبه چې دا مسوده پرې لیکل شوې ده</translation>
    </message>
    <message>
        <source>&amp;New version in</source>
        <translation>&amp;نوې ژباړه په دې ژبه</translation>
    </message>
    <message>
        <source>The language of the new version</source>
        <translation>د نوې ژباړې ژبه</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;سرلیک</translation>
    </message>
    <message>
        <source>Title of the new version</source>
        <translation>د نوې ژباړې سرلیک</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>پیل له</translation>
    </message>
    <message>
        <source>&amp;Empty sections</source>
        <translation>&amp;تشې برخې</translation>
    </message>
    <message>
        <source>A &amp;copy of this text, to translate over</source>
        <translation>د دې متن &amp;کاپي، چې پرې وژباړل شي</translation>
    </message>
    <message>
        <source>Make the version</source>
        <translation>ژباړه جوړول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>a plan not here</source>
        <translation>هغه پلان چې دلته نشته</translation>
    </message>
    <message>
        <source>No group yet: type the names</source>
        <translation>لا کومه ډله نشته: نومونه ولیکئ</translation>
    </message>
    <message>
        <source>Everyone in {0}</source>
        <translation>د {0} ټول غړي</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;نېټه</translation>
    </message>
    <message>
        <source>Tick to give the meeting a date</source>
        <translation>غونډې ته د نېټې ورکولو لپاره دا نښه کړئ</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>د غونډې نېټه</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;ځای</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>City, building or room</source>
        <translation>ښار، ودانۍ یا کوټه</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>آ&amp;نلاین</translation>
    </message>
    <message>
        <source>The meeting was held online (the place may name the platform)</source>
        <translation>غونډه آنلاین وه (د ځای په برخه کې د پلاتفورم نوم لیکلی شئ)</translation>
    </message>
    <message>
        <source>Add from a group…</source>
        <translation>له یوې ډلې زیاتول…</translation>
    </message>
    <message>
        <source>Add participants from a group</source>
        <translation>له یوې ډلې ګډون‌وال زیاتول</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>تعقیبي کارونه</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>ته لېږل شوی</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>کار زیاتول</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>کار لرې کول</translation>
    </message>
    <message>
        <source>Send to an action plan…</source>
        <translation>د عمل پلان ته لېږل…</translation>
    </message>
    <message>
        <source>Add these action items to an action plan, each linked to this meeting</source>
        <translation>دا کارونه د عمل یوه پلان ته زیات کړئ؛ هر یو به له دې غونډې سره تړلی پاتې شي</translation>
    </message>
    <message>
        <source>Open in the plan</source>
        <translation>په پلان کې پرانیستل</translation>
    </message>
    <message>
        <source>Show the plan row this item was sent to</source>
        <translation>د پلان هغه کرښه وښایه چې دا کار ورته لېږل شوی</translation>
    </message>
    <message>
        <source>Insert adds an item · Ctrl+Delete removes it</source>
        <translation>په Insert یو کار زیاتېږي · په Ctrl+Delete لرې کېږي</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Added one item to {1}.</source>
        <translation>{1} ته یو کار زیات شو.</translation>
    </message>
    <message>
        <source>Added {0} items to {1}.</source>
        <translation>{1} ته {0} کارونه زیات شول.</translation>
    </message>
    <message>
        <source>Brought one item up to date.</source>
        <translation>یو کار تازه شو.</translation>
    </message>
    <message>
        <source>Brought {0} items up to date.</source>
        <translation>{0} کارونه تازه شول.</translation>
    </message>
    <message>
        <source>One was there already.</source>
        <translation>یو مخکې هلته و.</translation>
    </message>
    <message>
        <source>{0} were there already.</source>
        <translation>{0} کارونه مخکې هلته وو.</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translation>نوې مسوده</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;کینډۍ</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>کینډۍ</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;سرلیک</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>The template&apos;s name if left empty</source>
        <translation>که تش پرېښودل شي، د کینډۍ نوم</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>جوړول</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>مسوده جوړول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Filter notes (Ctrl+F)</source>
        <translation>یادښتونه چاڼول (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>یادښتونه چاڼول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صادرول…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صادرول</translation>
    </message>
    <message>
        <source>Save the note as PDF, Word, OpenDocument, Markdown or HTML (Ctrl+Shift+E)</source>
        <translation>یادښت د PDF، Word، OpenDocument، Markdown یا HTML په بڼه خوندي کول ‏(Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export redacted…</source>
        <translation>د پټو نومونو سره صادرول…</translation>
    </message>
    <message>
        <source>Export redacted</source>
        <translation>د پټو نومونو سره صادرول</translation>
    </message>
    <message>
        <source>Replace names and places by pseudonyms (Person A, Province 1) for a UN mandate, a donor or the press; you check every replacement first</source>
        <translation>نومونه او ځایونه په مستعارو نومونو (کس الف، ولایت ۱) بدلوي، د ملګرو ملتونو، تمویلوونکي یا رسنیو لپاره؛ تاسو لومړی هر بدلون ګورئ</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>نوی یادښت</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>نوی یادښت (Ctrl+N)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>د لېست سر ته سنجاقول</translation>
    </message>
    <message>
        <source>Pinned notes stay at the top of the list.</source>
        <translation>سنجاق شوي یادښتونه د لېست په سر کې پاتې کېږي.</translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, *italic*, **bold**, - list.</source>
        <translation>دلته ولیکئ. Markdown کار کوي: # سرلیک، *کوږ*، **پنډ**، - لېست.</translation>
    </message>
    <message>
        <source>Text of the note, in Markdown</source>
        <translation>د یادښت متن، په Markdown بڼه</translation>
    </message>
    <message>
        <source>Preview of the note</source>
        <translation>د یادښت مخکتنه</translation>
    </message>
    <message>
        <source>Note views</source>
        <translation>د یادښت بڼې</translation>
    </message>
    <message>
        <source>Save (Ctrl+S). Notes are also saved when you switch away.</source>
        <translation>ساتل (Ctrl+S). کله چې بل ځای ته لاړ شئ، یادښتونه پخپله هم ساتل کېږي.</translation>
    </message>
    <message>
        <source>Switch between writing and preview</source>
        <translation>د لیکلو او مخکتنې ترمنځ اوښتل</translation>
    </message>
    <message>
        <source>Comment on the selected passage</source>
        <translation>په ټاکل شوي عبارت تبصره</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>لیکل</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>مخکتنه</translation>
    </message>
    <message>
        <source>Preview (Ctrl+Shift+P)</source>
        <translation>مخکتنه (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ضمیمې</translation>
    </message>
    <message>
        <source>Attachments ({0})</source>
        <translation>ضمیمې ({0})</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>سنجاق شوی</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>سنجاقول</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>تر اوسه هېڅ یادښت نشته</translation>
    </message>
    <message>
        <source>Write down what matters: notes are encrypted in this vault, and Markdown works.</source>
        <translation>هغه څه ولیکئ چې مهم دي: یادښتونه په دې خوندي صندوق کې کوډ شوي دي، او Markdown کار کوي.</translation>
    </message>
    <message>
        <source>No note is open</source>
        <translation>هېڅ یادښت خلاص نه دی</translation>
    </message>
    <message>
        <source>Choose one from the list, or press Ctrl+N to write a new one.</source>
        <translation>له لېست څخه یو وټاکئ، یا د نوي یادښت د لیکلو لپاره Ctrl+N کېکاږئ.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>بې سرلیکه یادښت</translation>
    </message>
</context>
<context>
    <name>PanicWipeDialog</name>
    <message>
        <source>Panic wipe</source>
        <translation>بېړنی پاکول</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer for good: first its keys, so nothing in it can be read any more, then its files. It takes less than a second. There is no undo; only a backup or your group&apos;s copies can bring the content back.</source>
        <translation>دا کار په دې کمپیوټر کې خوندي صندوق د تل لپاره له منځه وړي: لومړی یې کیلي، تر څو په کې هېڅ شی نور ونه لوستل شي، بیا یې فایلونه. له یوې ثانیې لږ وخت نیسي. بېرته نه شي راګرځېدای؛ یوازې بېک اپ یا هغه کاپي ګانې چې ستاسو ډله یې لري، منځپانګه بېرته راوستلای شي.</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>همدا اوس پاکول</translation>
    </message>
    <message>
        <source>A key file is held open by another program and could not be destroyed. Close other programs (a backup or antivirus program, another Amanat) and wipe again.</source>
        <translation>د کیلي یو فایل بل پروګرام خلاص ساتلی او له منځه نه شو وړل. نور پروګرامونه (د بیک اپ یا ضد ویروس پروګرام، بل امانت) وتړئ او بیا بېړنی پاکول وکړئ.</translation>
    </message>
    <message>
        <source>The keys are destroyed: nothing in the vault can be read any more. {count} file(s) are held open by another program and remain, encrypted; close other programs and delete them:</source>
        <translation>کیلي له منځه لاړې: په خوندي صندوق کې هېڅ شی نور نه لوستل کېږي. {count} فایلونه بل پروګرام خلاص ساتلي او کوډ شوي پاتې دي؛ نور پروګرامونه وتړئ او هغوی ړنګ کړئ:</translation>
    </message>
</context>
<context>
    <name>PassphraseTaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed. Check the keyboard language (Dari, Pashto or English) and Caps Lock, and try again.</source>
        <translation>دا ستاسو اوسنی پټنوم نه دی. هېڅ شی بدل نه شو. د کیبورډ ژبه (دري، پښتو یا انګلیسي) او Caps Lock وګورئ، او بیا هڅه وکړئ.</translation>
    </message>
</context>
<context>
    <name>PasteBundleDialog</name>
    <message>
        <source>Paste a bundle</source>
        <translation>کڅوړه سرېښول</translation>
    </message>
    <message>
        <source>Paste the text from BEGIN AGE ENCRYPTED FILE to its END line:</source>
        <translation>متن له BEGIN AGE ENCRYPTED FILE څخه د هغه د END تر کرښې پورې دلته سرېښ کړئ:</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <source>Paste the contact card (the block from BEGIN to END):</source>
        <translation>د اړیکې کارت دلته سرېښ کړئ (له BEGIN څخه تر END پورې برخه):</translation>
    </message>
    <message>
        <source>Paste a contact card</source>
        <translation>د اړیکې کارت سرېښول</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <source>Add a card from a file…</source>
        <translation>له فایل څخه کارت زیاتول…</translation>
    </message>
    <message>
        <source>Paste a card…</source>
        <translation>کارت سرېښول…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>تصدیقول…</translation>
    </message>
    <message>
        <source>Withdraw trust…</source>
        <translation>باور بېرته اخیستل…</translation>
    </message>
    <message>
        <source>For keys you no longer trust: a lost or seized laptop, or new keys</source>
        <translation>د هغو کیلي لپاره چې نور پرې باور نه لرئ: ورک یا ضبط شوی لپ ټاپ، یا نوي کیلي</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کسان</translation>
    </message>
    <message>
        <source>Add a contact card</source>
        <translation>د اړیکې کارت زیاتول</translation>
    </message>
    <message>
        <source>This is not a contact card Amanat can use.</source>
        <translation>دا د اړیکې داسې کارت نه دی چې امانت یې وکارولای شي.</translation>
    </message>
    <message>
        <source>Added {0} ({1}) as someone new: these are OTHER KEYS than the {0} you verified, who stays as they were. New laptop or impostor? Compare safety numbers before trusting them.</source>
        <translation>{0} ({1}) د یو نوي کس په توګه ورزیات شو: دا کیلي د هغه {0} له کیلي سره توپیر لري چې تاسو تصدیق کړی؛ هغه لکه څنګه چې و پاتې کېږي. نوی لپ ټاپ که جعلي کس؟ له باور مخکې د خوندیتوب شمېره پرتله کړئ.</translation>
    </message>
    <message>
        <source>Added {0} ({1}). Their name looks like someone else&apos;s: tell them apart by their ids.</source>
        <translation>{0} ({1}) ورزیات شو. د هغه نوم د بل چا نوم ته ورته دی: هغوی د خپلو پېژندونو له مخې سره بېل کړئ.</translation>
    </message>
    <message>
        <source>{0} ({1}) now calls themselves {2}.</source>
        <translation>{0} ({1}) اوس ځان {2} بولي.</translation>
    </message>
    <message>
        <source>{0} was already among your people.</source>
        <translation>{0} دمخه ستاسو په کسانو کې و.</translation>
    </message>
    <message>
        <source>Added {0}. Now compare safety numbers to verify them.</source>
        <translation>{0} ور زیات شو. اوس د تصدیق لپاره د خوندیتوب شمېرې سره پرتله کړئ.</translation>
    </message>
    <message>
        <source>Withdraw trust</source>
        <translation>باور بېرته اخیستل</translation>
    </message>
    <message>
        <source>Stop trusting the keys of {0} ({1})? Their bundles will wait in the quarantine, and Amanat will ask before sealing anything for them, until you compare safety numbers again.</source>
        <translation>د {0} ({1}) په کیلي باور بند شي؟ تر هغه چې د خوندیتوب شمېره بیا پرتله کړئ، د هغه کڅوړې به په قرنطین کې پاتې وي، او امانت به د هغه لپاره د هر څه له کوډ او مهر کولو مخکې له تاسو پوښتنه کوي.</translation>
    </message>
    <message>
        <source>{0} ({1}) is no longer trusted.</source>
        <translation>نور په {0} ({1}) باور نه کېږي.</translation>
    </message>
    <message>
        <source>{0} is verified.</source>
        <translation>{0} تصدیق شو.</translation>
    </message>
</context>
<context>
    <name>PlaintextExportWarning</name>
    <message>
        <source>This file will not be encrypted</source>
        <translation>دا فایل به کوډ نه شي</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it: on this laptop, on a USB stick, in a cloud drive or in an e-mail. Desktop search may copy its words into an index that stays after the file is deleted.

If it is going to a partner, seal it with a passphrase instead: they open it with the free age tool (age -d), and you tell them the passphrase by phone or in person, never in the same message.</source>
        <translation>هر څوک چې دا فایل ترلاسه کړي لوستلای یې شي: په همدې لپټاپ، په USB، په ورېځ (cloud) ځای کې یا په برېښنالیک کې. د کمپیوټر لټون کېدای شي د دې ټکي په یو فهرست کې کاپي کړي چې د فایل له ړنګېدو وروسته هم پاتې کېږي.

که دا یو همکار ته لېږئ، پر ځای یې په پټنوم کوډ او مهر یې کړئ: هغه یې د age وړیا وسیلې (age -d) سره پرانیزي، او تاسو پټنوم ورته په تلیفون یا مخامخ ووایاست، هېڅکله په هماغه پیغام کې نه.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again until Amanat is locked</source>
        <translation>تر هغه چې امانت قلف شوی نه وي بیا مه پوښته</translation>
    </message>
    <message>
        <source>Seal with a passphrase…</source>
        <translation>په پټنوم کوډ او مهر کول…</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>بې کوډه صادرول</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;ټول ټاکل</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;لوړول</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;ټیټول</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>په کې لټول:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>د فایل &amp;نوم:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>د دې ډول فایلونه:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;خلاصول</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ساتل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>خلاصول</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>په بل نوم ساتل</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مخ ته</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>شاته تلل</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>مخ ته تلل</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پورتنی فولډر</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>پورتني فولډر ته تلل</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نوی فولډر جوړول</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>یو نوی فولډر جوړول</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نوی فولډر</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;نوی فولډر</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>د لېست بڼه</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>د جزئیاتو بڼه</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>د لېست بڼې ته اوښتل</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>د جزئیاتو بڼې ته اوښتل</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>څنګنۍ پټه</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;ټاکل</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولډر:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولډرونه</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولډر موندل</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>وروستي ځایونه</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;پټ فایلونه ښودل</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نوم بدلول</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ړنګول</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ایا ډاډه یاست چې &apos;%1&apos; ړنګول غواړئ؟</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 دمخه شته.
ایا غواړئ نوی فایل یې ځای ونیسي؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; د لیکلو پر وړاندې ساتل شوی.
ایا بیا هم غواړئ ړنګ یې کړئ؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولډر ړنګ نه شو.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فایل ونه موندل شو.
مهرباني وکړئ د فایل نوم وګورئ.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولډر ونه موندل شو.
مهرباني وکړئ د فولډر نوم وګورئ.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایلونه</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولډر</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>د فایلونو فولډر</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>لنډه لار</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>زما کمپیوټر</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ډرایو</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>د بدلون نېټه</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>زما کمپیوټر</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوټر</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایټه</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایټه</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مېګابایټه</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ګیګابایټه</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>د فایل ناسم نوم</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بېرته ګرځول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا کول</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;پرې کول</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپي</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;سرېښول</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساتل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>پرېښودل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>پلي کول</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بیا تنظیمول</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>اصلي امستنې بېرته راوستل</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;هو</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;ټولو ته هو</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ټولو &amp;ته نه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>درول</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>له پامه غورځول</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>نه ساتل</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بېرته ګرځول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا کول</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;پرې کول</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپي</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>د لینک &amp;پته کاپي کول</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;سرېښول</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <source>Quarantine: bundles from people you have not verified. Verify the sender, then import.</source>
        <translation>قرنطین: د هغو کسانو کڅوړې چې تاسو لا نه دي تصدیق کړي. لومړی لېږونکی تصدیق کړئ، بیا یې وارد کړئ.</translation>
    </message>
    <message>
        <source>The quarantine keeps at most {0} bundles ({1} MB) from one sender and {2} MB in all; the oldest are deleted to make room.</source>
        <translation>قرنطین له هر لېږونکي څخه تر {0} کڅوړو ({1} مېګابایټه) او ټولټال تر {2} مېګابایټه ساتي؛ تر ټولو زړې د ځای لپاره لرې کېږي.</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>په قرنطین کې کڅوړې</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>همدا اوس واردول</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>From {0} · received {1}</source>
        <translation>له {0} څخه · د ترلاسه کېدو وخت: {1}</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>یو نامعلوم کس</translation>
    </message>
    <message>
        <source>Still waiting: verify {0} first.</source>
        <translation>لا هم په تمه ده: لومړی {0} تصدیق کړئ.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>وارده شوه.</translation>
    </message>
    <message>
        <source>Deleted from the quarantine.</source>
        <translation>له قرنطین څخه ړنګه شوه.</translation>
    </message>
</context>
<context>
    <name>RecalibrateDialog</name>
    <message>
        <source>Recalibrate key derivation</source>
        <translation>د کیلي جوړونې بیا برابرول</translation>
    </message>
    <message>
        <source>Amanat will measure this computer again, so that guessing your passphrase costs an attacker as much as this computer allows while unlocking still takes about a second. Do this after moving the vault to a new computer. Type your passphrase to continue.</source>
        <translation>امانت به دا کمپیوټر بیا اندازه کړي، تر څو ستاسو د پټنوم اټکل کول بریدګر ته هومره ګران تمام شي څومره چې دا کمپیوټر اجازه ورکوي، او خلاصول یې بیا هم شاوخوا یوه ثانیه ونیسي. دا کار هغه وخت وکړئ چې خوندي صندوق مو نوي کمپیوټر ته وړی وي. د دوام لپاره خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پټنوم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <translation>بیا برابرول</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>لومړی خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Measuring this computer (a few seconds)…</source>
        <translation>دا کمپیوټر اندازه کېږي (څو ثانیې)…</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Type the recovery key you wrote down when you created the vault (eight groups of five characters), then choose a new passphrase.</source>
        <translation>هغه د بیا رغونې کیلي ولیکئ چې د خوندي صندوق د جوړولو پر مهال مو لیکلې وه (اته برخې، هره یې پنځه توري)، بیا یو نوی پټنوم وټاکئ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>د بیا رغونې کیلي</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نوی پټنوم</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <extracomment>Label of the second passphrase field: type the same passphrase again</extracomment>
        <translation>بیا یې ولیکئ</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>نوی پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>Open with recovery key</source>
        <translation>د بیا رغونې په کیلي خلاصول</translation>
    </message>
    <message>
        <source>No recovery key? Recover with my colleagues…</source>
        <translation>د بیا رغونې کیلي نه لرئ؟ زما د همکارانو په مرسته بیا رغونه…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation>همغه نوی پټنوم دوه ځله ولیکئ.</translation>
    </message>
    <message>
        <source>The new passphrase is weak. Make it longer.</source>
        <translation>نوی پټنوم کمزوری دی. اوږد یې کړئ.</translation>
    </message>
    <message>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation>خوندي صندوق خلاصېږي او نوی پټنوم ټاکل کېږي…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>نوې د بیا رغونې کیلي</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>This is your recovery key. Write it on paper now and keep it somewhere safe, away from this laptop. It is shown only this once. With it, anyone can open your vault; without it and your passphrase, nobody can, not even you.</source>
        <translation>دا ستاسو د بیا رغونې کیلي ده. همدا اوس یې پر کاغذ ولیکئ او له دې لپټاپ څخه لرې په یو خوندي ځای کې یې وساتئ. دا یوازې همدا یو ځل ښودل کېږي. هر څوک چې دا ولري، ستاسو خوندي صندوق خلاصولای شي؛ که دا او ستاسو پټنوم دواړه نه وي، هېڅوک یې نه شي خلاصولای، حتی تاسو هم نه.</translation>
    </message>
    <message>
        <source>To confirm you wrote it down, type group number {0}:</source>
        <translation>د دې تایید لپاره چې لیکلې مو ده، {0} شمېره برخه ولیکئ:</translation>
    </message>
    <message>
        <source>Recovery key group</source>
        <translation>د بیا رغونې کیلي برخه</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>د بیا رغونې کیلي</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ما لیکلې ده</translation>
    </message>
    <message>
        <source>That is not group {0}. Look at the key again.</source>
        <translation>دا {0} شمېره برخه نه ده. کیلي ته بیا وګورئ.</translation>
    </message>
</context>
<context>
    <name>RedactionReviewDialog</name>
    <message>
        <source>Check every replacement before the file is written</source>
        <translation>مخکې له دې چې فایل ولیکل شي، هر بدلون وګورئ</translation>
    </message>
    <message>
        <source>Ticked words are replaced by the pseudonym beside them, the same one wherever the name stands. Untick what may stay. The key of pseudonyms stays in this vault; it is never written into the file.</source>
        <translation>هغه کلمې چې نښه شوې دي د څنګ په مستعار نوم بدلېږي، هر چېرې چې نوم راغلی وي همغه یو. له هغه څه نښه لرې کړئ چې پاتې کېدای شي. د مستعارو نومونو کیلي په همدې خوندي صندوق کې پاتې کېږي؛ هېڅکله په فایل کې نه لیکل کېږي.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ولسوالۍ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Other word</source>
        <translation>بله کلمه</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>بدلول</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>چېرې چې راغلې</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>په دې بدلېږي</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>برخه</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>بدلونونه</translation>
    </message>
    <message>
        <source>&amp;Add a word:</source>
        <translation>&amp;کلمه زیاتول:</translation>
    </message>
    <message>
        <source>a name, place or other word the list missed</source>
        <translation>نوم، ځای یا بله کلمه چې لړ نه ده موندلې</translation>
    </message>
    <message>
        <source>Word to add</source>
        <translation>د زیاتولو کلمه</translation>
    </message>
    <message>
        <source>Kind of word</source>
        <translation>د کلمې ډول</translation>
    </message>
    <message>
        <source>&amp;same as:</source>
        <translation>&amp;همغه:</translation>
    </message>
    <message>
        <source>The same as a name already listed</source>
        <translation>همغه نوم چې مخکې په لړ کې دی</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>زیاتول</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms in:</source>
        <translation>&amp;مستعار نومونه په:</translation>
    </message>
    <message>
        <source>Language of the pseudonyms</source>
        <translation>د مستعارو نومونو ژبه</translation>
    </message>
    <message>
        <source>Continue to export…</source>
        <translation>صادرولو ته دوام…</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;کیلي:</translation>
    </message>
    <message>
        <source>Key of pseudonyms</source>
        <translation>د مستعارو نومونو کیلي</translation>
    </message>
    <message>
        <source>This item&apos;s own key, or a profile shared by every document you send to one reader, so that the same person is the same pseudonym in all of them</source>
        <translation>د همدې توکي خپله کیلي، یا یو پروفایل چې د ټولو هغو سندونو لپاره ګډ دی چې یوه لوستونکي ته یې لېږئ، تر څو یو کس په ټولو کې همغه مستعار نوم ولري</translation>
    </message>
    <message>
        <source>This item&apos;s own</source>
        <translation>د همدې توکي خپله کیلي</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>نوی پروفایل…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Action plan, row {0}: owner</source>
        <translation>د عمل پلان، {0} کرښه: مسؤل</translation>
    </message>
    <message>
        <source>Action plan, row {0}: action</source>
        <translation>د عمل پلان، {0} کرښه: کړنه</translation>
    </message>
    <message>
        <source>(stays)</source>
        <translation>(پاتې کېږي)</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>نوی نوم</translation>
    </message>
    <message>
        <source>{0} of {1} replacements ticked, of {2} names and places</source>
        <translation>له {1} بدلونونو څخه {0} نښه شوي، د {2} نومونو او ځایونو</translation>
    </message>
    <message>
        <source>Found {0} more times.</source>
        <translation>{0} نور ځله وموندل شو.</translation>
    </message>
    <message>
        <source>Not found in this item as a whole word: check the spelling.</source>
        <translation>په دې توکي کې د بشپړې کلمې په توګه ونه موندل شو: املا وګورئ.</translation>
    </message>
    <message>
        <source>Name of the new profile (the reader it is for, for example &quot;UN Special Rapporteur&quot;):</source>
        <translation>د نوي پروفایل نوم (هغه لوستونکی چې ورته دی، د بېلګې په توګه «د ملګرو ملتونو ځانګړی راپور ورکوونکی»):</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Re-key the vault</source>
        <translation>د خوندي صندوق کیلي بدلول</translation>
    </message>
    <message>
        <source>Amanat will give the vault a new key and encrypt everything again with it. Afterwards, old copies of the key file, old passphrases and your current recovery key no longer open the vault; your passphrase stays the same. A new recovery key is shown next: have paper ready. The duress passphrase will be off. Backups made before now still open as they did. Type your passphrase to continue.</source>
        <translation>امانت به خوندي صندوق ته نوې کیلي ورکړي او هر څه به له هغې سره بیا کوډ کړي. له دې وروسته، د کیلي فایل زړې کاپۍ، زاړه پټنومونه او ستاسو اوسنۍ د بیا رغونې کیلي نور خوندي صندوق نه خلاصوي؛ ستاسو پټنوم همغه پاتې کېږي. وروسته به نوې د بیا رغونې کیلي وښودل شي: کاغذ چمتو وساتئ. د فشار پټنوم به بند شي. هغه بیک اپونه چې تر اوسه جوړ شوي دي لکه پخوا خلاصېږي. د دوام لپاره خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Your colleagues&apos; recovery shares will stop working too: make a new set afterwards in Tools → Entrust to colleagues…</source>
        <translation>ستاسو د همکارانو د بیا رغونې ونډې به هم نور کار ونه کړي: وروسته په وسیلې ← همکارانو ته سپارل… کې یوه نوې ټولګه جوړه کړئ.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پټنوم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Re-key progress</source>
        <translation>د کیلي بدلولو پرمختګ</translation>
    </message>
    <message>
        <source>Re-key</source>
        <translation>کیلي بدلول</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>لومړی خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Re-keying: checking the passphrase, then encrypting the database again…</source>
        <translation>کیلي بدلېږي: پټنوم کتل کېږي، بیا ډیټابیس بیا کوډ کېږي…</translation>
    </message>
</context>
<context>
    <name>RekeyNotice</name>
    <message>
        <source>A re-key that was interrupted has been finished: the vault has its new key. Its new recovery key may never have been shown, and the old one no longer opens the vault: make a new one now in Settings → Show a new recovery key. The duress passphrase is off.</source>
        <translation>د کیلي یو بدلون چې نیمګړی پاتې و بشپړ شو: خوندي صندوق خپله نوې کیلي لري. کېدای شي د هغې نوې د بیا رغونې کیلي هېڅکله نه وي ښودل شوې، او زړه د بیا رغونې کیلي نور خوندي صندوق نه خلاصوي: همدا اوس په امستنو ← د نوې د بیا رغونې کیلي ښودل کې یوه جوړه کړئ. د فشار پټنوم بند دی.</translation>
    </message>
    <message>
        <source>A re-key that was interrupted has been undone: the vault keeps its old key, and old copies of the key file still open it. Re-key again in Settings.</source>
        <translation>د کیلي یو بدلون چې نیمګړی پاتې و بېرته واخیستل شو: خوندي صندوق خپله زړه کیلي ساتي، او د کیلي فایل زړې کاپۍ لا هم هغه خلاصوي. په امستنو کې بیا کیلي بدله کړئ.</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup onto this laptop: choose the backup file, then type the passphrase it was made with, or your recovery key.</source>
        <translation>په دې لپټاپ یو بېک اپ بېرته راوګرځوئ: د بېک اپ فایل وټاکئ، بیا هغه پټنوم چې بېک اپ پرې جوړ شوی، یا خپله د بیا رغونې کیلي ولیکئ.</translation>
    </message>
    <message>
        <source>Choose the backup file…</source>
        <translation>د بېک اپ فایل وټاکئ…</translation>
    </message>
    <message>
        <source>Use my recovery key instead of the passphrase</source>
        <translation>د پټنوم پر ځای زما د بیا رغونې کیلي وکاروه</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بېرته راګرځول</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Recovery key (8 groups)</source>
        <translation>د بیا رغونې کیلي (اته برخې)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Backup file: {0}</source>
        <translation>د بېک اپ فایل: {0}</translation>
    </message>
    <message>
        <source>No backup file chosen yet.</source>
        <translation>تر اوسه د بېک اپ هېڅ فایل نه دی ټاکل شوی.</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>یو بېک اپ پرانیزئ</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>لومړی د بېک اپ فایل وټاکئ.</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key first.</source>
        <translation>لومړی پټنوم یا د بیا رغونې کیلي ولیکئ.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>بېک اپ کتل کېږي او بېرته راګرځول کېږي…</translation>
    </message>
    <message>
        <source>Nothing was restored. {0}</source>
        <translation>هېڅ شی بېرته رانه ګرځول شو. {0}</translation>
    </message>
</context>
<context>
    <name>RowOriginBar</name>
    <message>
        <source>Open the meeting</source>
        <translation>غونډه پرانیستل</translation>
    </message>
    <message>
        <source>From a meeting that is not in this vault.</source>
        <translation>له هغې غونډې چې په دې خوندي صندوق کې نشته.</translation>
    </message>
    <message>
        <source>From the meeting: {0}, {1}</source>
        <translation>له غونډې: {0}، {1}</translation>
    </message>
    <message>
        <source>From the meeting: {0}</source>
        <translation>له غونډې: {0}</translation>
    </message>
</context>
<context>
    <name>SealPassphraseDialog</name>
    <message>
        <source>Choose a passphrase of at least {0} characters for this file. Your partner opens it with the age tool: age -d -o FILE FILE.age, then types the passphrase. Tell it to them by another way than the file.</source>
        <translation>د دې فایل لپاره لږ تر لږه {0} توري پټنوم وټاکئ. ستاسو همکار یې د age وسیلې سره پرانیزي: age -d -o FILE FILE.age، بیا پټنوم ولیکي. پټنوم ورته د فایل پرته له بلې لارې ووایاست.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پټنوم:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>بیا:</translation>
    </message>
    <message>
        <source>Seal and save</source>
        <translation>کوډ، مهر او ساتل</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>لږ تر لږه {0} توري.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه یو شان نه دي.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>په ټولو کې لټون</translation>
    </message>
    <message>
        <source>Search notes, contacts and drafts</source>
        <translation>په یادښتونو، اړیکو او مسودو کې لټون</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>د لټون پایلې</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>د لټون حالت</translation>
    </message>
    <message>
        <source>Type to search every note, contact and draft. Up and Down choose, Return opens.</source>
        <translation>د ټولو یادښتونو، اړیکو او مسودو د لټون لپاره ولیکئ. پورته او ښکته غشي یو توکی ټاکي، Enter یې پرانیزي.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>هېڅ پایله ونه موندل شوه</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>The kind of a search result: a strategy draft (not a draft status)</extracomment>
        <translation>مسوده</translation>
    </message>
    <message>
        <source>{0}: {1}. {2}</source>
        <translation>{0}: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>What Amanat protects, and what it cannot</source>
        <translation>امانت څه ساتي، او څه نه شي ساتلای</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;پټنوم بدلول…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>پټنوم بدلول</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>د بیا رغونې کیلي</translation>
    </message>
    <message>
        <source>Show a &amp;new recovery key…</source>
        <translation>&amp;نوې د بیا رغونې کیلي ښودل…</translation>
    </message>
    <message>
        <source>Show a new recovery key</source>
        <translation>نوې د بیا رغونې کیلي ښودل</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>د کیلي جوړونه</translation>
    </message>
    <message>
        <source>&amp;Recalibrate…</source>
        <translation>بیا ب&amp;رابرول…</translation>
    </message>
    <message>
        <source>Recalibrate key derivation</source>
        <translation>د کیلي جوړونې بیا برابرول</translation>
    </message>
    <message>
        <source>Key-derivation strength</source>
        <translation>د کیلي جوړونې ځواک</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>د خوندي صندوق کیلي</translation>
    </message>
    <message>
        <source>Re-&amp;key…</source>
        <translation>کیلي &amp;بدلول…</translation>
    </message>
    <message>
        <source>Re-key the vault</source>
        <translation>د خوندي صندوق کیلي بدلول</translation>
    </message>
    <message>
        <source>Remember on this &amp;device (open without the passphrase)</source>
        <translation>په دې &amp;کمپیوټر کې په یاد ساتل (بې پټنومه خلاصول)</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>په دې کمپیوټر کې په یاد ساتل</translation>
    </message>
    <message>
        <source>Off is safer. When on, anyone who can use this computer while you are logged in can open the vault without your passphrase.</source>
        <translation>غیرفعال حالت ډېر خوندي دی. کله چې فعال وي، هر څوک چې دا کمپیوټر هغه وخت وکاروي چې تاسو پکې ننوتلي یاست، کولای شي بې له پټنومه خوندي صندوق خلاص کړي.</translation>
    </message>
    <message>
        <source>Security message</source>
        <translation>امنیتي پیغام</translation>
    </message>
    <message>
        <source>This vault has no passphrase slot.</source>
        <translation>دا خوندي صندوق د پټنوم ځای نه لري.</translation>
    </message>
    <message>
        <source>Argon2id: {0} MiB of memory, passes: {1}, lanes: {2}</source>
        <translation>د Argon2id امستنې: {0} MiB حافظه، {1} پړاوونه، {2} موازي کرښې</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on. An old copy of the key file (in a copied vault folder, say) still opens the vault with the old passphrase until you re-key: press Re-key… to make every old copy useless.</source>
        <translation>ستاسو پټنوم بدل شو. له اوس وروسته نوی وکاروئ. د کیلي فایل یوه زړه کاپي (د بېلګې په توګه د خوندي صندوق په یوه کاپي شوې فولډر کې) تر هغه چې کیلي بدله نه کړئ لا هم خوندي صندوق په زاړه پټنوم خلاصوي: «کیلي بدلول…» کېکاږئ چې ټولې زړې کاپۍ بې ګټې شي.</translation>
    </message>
    <message>
        <source>The duress passphrase is off now: set it again in Tools → Duress passphrase.</source>
        <translation>د فشار پټنوم اوس غیرفعال دی: بیا یې په «وسیلې ← د فشار پټنوم…» کې وټاکئ.</translation>
    </message>
    <message>
        <source>Key derivation was measured again for this computer.</source>
        <translation>د کیلي جوړونه د دې کمپیوټر لپاره بیا اندازه شوه.</translation>
    </message>
    <message>
        <source>The vault has a new key. Old copies of the key file, old passphrases and the old recovery key no longer open it. Write down the new recovery key shown now.</source>
        <translation>خوندي صندوق نوې کیلي لري. د کیلي فایل زړې کاپۍ، زاړه پټنومونه او زړه د بیا رغونې کیلي نور یې نه خلاصوي. هغه نوې د بیا رغونې کیلي چې اوس ښودل کېږي ولیکئ.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>نوې د بیا رغونې کیلي</translation>
    </message>
    <message>
        <source>Your current recovery key will stop working at once. Only the new one, shown next, will open the vault if you forget your passphrase. Have paper ready to write it down.</source>
        <translation>ستاسو اوسنۍ د بیا رغونې کیلي به سمدستي کار پرېږدي. که پټنوم مو هېر شي، یوازې نوې کیلي، چې وروسته ښودل کېږي، خوندي صندوق خلاصولای شي. د لیکلو لپاره کاغذ چمتو کړئ.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>نوې د بیا رغونې کیلي جوړول</translation>
    </message>
    <message>
        <source>The new recovery key is in use. The old one no longer opens the vault.</source>
        <translation>نوې د بیا رغونې کیلي اوس کارول کېږي. زړه کیلي نور خوندي صندوق نه خلاصوي.</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the vault. You did not confirm the new one: if you did not write it down, make another now.</source>
        <translation>زړه د بیا رغونې کیلي نور خوندي صندوق نه خلاصوي. تاسو نوې کیلي تایید نه کړه: که مو نه وي لیکلې، همدا اوس یوه بله جوړه کړئ.</translation>
    </message>
    <message>
        <source>Remember on this device?</source>
        <translation>په دې کمپیوټر کې په یاد وساتل شي؟</translation>
    </message>
    <message>
        <source>With this on, Amanat opens without your passphrase for anyone who can use this computer while you are logged in to it. If the laptop is taken or seized while you are logged in (at a border, in a raid, or when you step away), your vault can be opened.

Your passphrase still works, and you can turn this off at any time. Turn it off before you travel.</source>
        <translation>که دا فعال وي، امانت د هر هغه چا لپاره بې پټنومه خلاصېږي چې دا کمپیوټر هغه وخت وکاروي چې تاسو پکې ننوتلي یاست. که لپټاپ مو هغه وخت واخیستل شي یا ضبط شي چې تاسو پکې ننوتلي یاست (پر پوله، د چاپې پر مهال، یا کله چې ترې لرې شئ)، ستاسو خوندي صندوق خلاصېدای شي.

ستاسو پټنوم بیا هم کار کوي، او هر وخت کولای شئ دا غیرفعال کړئ. له سفر مخکې یې غیرفعال کړئ.</translation>
    </message>
    <message>
        <source>Amanat now opens on this device without the passphrase while you are logged in.</source>
        <translation>امانت اوس په دې کمپیوټر کې، تر هغه چې تاسو ننوتلي یاست، بې پټنومه خلاصېږي.</translation>
    </message>
    <message>
        <source>Amanat no longer opens on this device without the passphrase.</source>
        <translation>امانت نور په دې کمپیوټر کې بې پټنومه نه خلاصېږي.</translation>
    </message>
</context>
<context>
    <name>SendItemsDialog</name>
    <message>
        <source>Send action items to an action plan</source>
        <translation>د عمل پلان ته د تعقیبي کارونو لېږل</translation>
    </message>
    <message>
        <source>A new action plan</source>
        <translation>د عمل نوی پلان</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>د &amp;عمل پلان</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>د عمل پلان</translation>
    </message>
    <message>
        <source>&amp;Title of the new plan</source>
        <translation>د نوي پلان &amp;سرلیک</translation>
    </message>
    <message>
        <source>Title of the new plan</source>
        <translation>د نوي پلان سرلیک</translation>
    </message>
    <message>
        <source>Actions from {0}</source>
        <translation>د {0} کارونه</translation>
    </message>
    <message>
        <source>&amp;Items to send (each keeps a link to this meeting)</source>
        <translation>&amp;کارونه چې لېږل کېږي (هر یو له دې غونډې سره تړلی پاتې کېږي)</translation>
    </message>
    <message>
        <source>Items to send</source>
        <translation>کارونه چې لېږل کېږي</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>لېږل</translation>
    </message>
    <message>
        <source>Send the items</source>
        <translation>کارونه لېږل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>{0} (already in this plan: brought up to date)</source>
        <translation>{0} (مخکې په دې پلان کې دی: تازه کېږي)</translation>
    </message>
    <message>
        <source>This plan is shared with {0}: every member will see the items sent, though the meeting itself stays unshared.</source>
        <translation>دا پلان له {0} سره شریک دی: هر غړی به لېږل شوي کارونه ووینی، که څه هم پخپله غونډه نه شریکېږي.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>Settings tab: language, calendar, theme, locking and clipboard</extracomment>
        <translation>&amp;عمومي</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <extracomment>Settings tab: passphrase, recovery key, key derivation, keychain</extracomment>
        <translation>&amp;امنیت</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>د امستنو پاڼې</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ښکارېدنه</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ژبه</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;جنتري</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;بڼه</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادي</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>لمریز هجري</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>د سیسټم په څېر</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روښانه</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیاره</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>جنتري</translation>
    </message>
    <message>
        <source>Today in this calendar</source>
        <translation>نن ورځ په دې جنتري کې</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>بڼه</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>قلفول</translation>
    </message>
    <message>
        <source>Lock &amp;after idle</source>
        <translation>له بېکارۍ وروسته &amp;قلفول</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix after a number of minutes in a spin box; keep the leading space</extracomment>
        <translation> دقیقې</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes (0 means never)</source>
        <translation>له دومره دقیقو بېکارۍ وروسته قلفول (۰ یعنې هېڅکله)</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>کله چې کړکۍ &amp;کوچنۍ شي، قلفول</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>کله چې کړکۍ کوچنۍ شي، قلفول</translation>
    </message>
    <message>
        <source>Clear clip&amp;board after</source>
        <translation>کلیپ بور&amp;ډ پاکول، وروسته له</translation>
    </message>
    <message>
        <source> sec</source>
        <extracomment>Suffix after a number of seconds, after &apos;Clear clipboard after&apos;; keep the leading space</extracomment>
        <translation> ثانیو</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds</source>
        <translation>کاپي شوی متن له دومره ثانیو وروسته له کلیپ بورډ څخه پاکول</translation>
    </message>
    <message>
        <source>Remind me to back &amp;up after</source>
        <translation>د بېک اپ &amp;یادونه، وروسته له</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix after a number of days, after &apos;Remind me to back up after&apos;; keep the leading space</extracomment>
        <translation> ورځې</translation>
    </message>
    <message>
        <source>Remind me after unlocking when the last backup is older than this many days (0 means never)</source>
        <translation>له خلاصولو وروسته یادونه وکړه کله چې وروستی بېک اپ له دې شمېر ورځو زوړ وي (۰ یعنې هېڅکله)</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>امستنې بندول</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>نن: {0}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>(untitled)</source>
        <translation>(بې سرلیکه)</translation>
    </message>
    <message>
        <source>Share with a group</source>
        <translation>له یوې ډلې سره شریکول</translation>
    </message>
    <message>
        <source>Groups to share with</source>
        <translation>هغه ډلې چې ورسره شریکېږي</translation>
    </message>
    <message>
        <source>Its other language versions are shared with it: {0}.</source>
        <translation>د دې نورې ژباړې هم ورسره شریکېږي: {0}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Members of the groups you tick receive this item with your next bundle, and their edits come back to you. Sharing cannot be taken back: they keep their copy.</source>
        <translation>د هغو ډلو غړي چې تاسو یې نښه کوئ، دا توکی به ستاسو له راتلونکې کڅوړې سره ترلاسه کړي، او د دوی سمونونه به بېرته تاسو ته راشي. شریکول بېرته نه شي اخیستل کېدای: دوی خپله کاپي ساتي.</translation>
    </message>
    <message>
        <source>You are in no group yet. Create one in the Sync section.</source>
        <translation>تاسو لا په هېڅ ډله کې نه یاست. په «همغږي» برخه کې یوه جوړه کړئ.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock the vault (also in every window)</source>
        <translation>د خوندي صندوق قلفول (په هره کړکۍ کې)</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the vault (asks once)</source>
        <translation>بېړنی پاکول: د خوندي صندوق له منځه وړل (یو ځل پوښتنه کوي)</translation>
    </message>
    <message>
        <source>Lock and quit</source>
        <translation>قلفول او وتل</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>په ټولو کې لټون</translation>
    </message>
    <message>
        <source>Go to Notes</source>
        <translation>یادښتونو ته تلل</translation>
    </message>
    <message>
        <source>Go to Contacts</source>
        <translation>اړیکو ته تلل</translation>
    </message>
    <message>
        <source>Go to Strategy</source>
        <translation>ستراتیژۍ ته تلل</translation>
    </message>
    <message>
        <source>Go to Trash</source>
        <translation>د کثافاتو ټوکرۍ ته تلل</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>همغږۍ ته تلل</translation>
    </message>
    <message>
        <source>Go to Tasks: every action-plan row</source>
        <translation>دندو ته تګ: د عمل د پلانونو ټول کتارونه</translation>
    </message>
    <message>
        <source>New note, contact or draft (in its section)</source>
        <translation>نوی یادښت، اړیکه یا مسوده (په خپله برخه کې)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساتل</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>لېست چاڼول</translation>
    </message>
    <message>
        <source>History: earlier versions</source>
        <translation>مخینه: پخوانۍ نسخې</translation>
    </message>
    <message>
        <source>Share with a group</source>
        <translation>له یوې ډلې سره شریکول</translation>
    </message>
    <message>
        <source>Notes: switch between writing and preview</source>
        <translation>یادښتونه: د لیکلو او مخکتنې ترمنځ اوښتل</translation>
    </message>
    <message>
        <source>Notes and Strategy: comment on the selected passage</source>
        <translation>یادښتونه او ستراتیژي: په ټاکل شوي عبارت تبصره</translation>
    </message>
    <message>
        <source>Notes and Strategy: export the note or draft</source>
        <translation>یادښتونه او ستراتیژي: یادښت یا مسوده صادرول</translation>
    </message>
    <message>
        <source>Trash: restore the chosen item</source>
        <translation>د کثافاتو ټوکرۍ: د ټاکل شوي توکي بېرته راګرځول</translation>
    </message>
    <message>
        <source>Trash: empty the trash</source>
        <translation>د کثافاتو ټوکرۍ: د کثافاتو ټوکرۍ تشول</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>د کيبورډ د لنډو لارو همدا لېست</translation>
    </message>
    <message>
        <source>In a list: move the chosen item to the trash</source>
        <translation>په لېست کې: ټاکل شوی توکی د کثافاتو ټوکرۍ ته لېږل</translation>
    </message>
    <message>
        <source>In the trash: delete the chosen item for good</source>
        <translation>په کثافاتو ټوکرۍ کې: د ټاکل شوي توکي د تل لپاره ړنګول</translation>
    </message>
    <message>
        <source>In the attachments: remove the chosen file</source>
        <translation>په ضمیمو کې: د ټاکل شوې فایل لرې کول</translation>
    </message>
    <message>
        <source>In the action plan: add a row</source>
        <translation>په د عمل پلان کې: کتار زیاتول</translation>
    </message>
    <message>
        <source>In the action plan: remove the chosen rows</source>
        <translation>په د عمل پلان کې: د ټاکل شویو کتارونو لرې کول</translation>
    </message>
    <message>
        <source>In the action plan: empty the chosen cells</source>
        <translation>په د عمل پلان کې: د ټاکل شویو خونو تشول</translation>
    </message>
    <message>
        <source>In the history window: restore the chosen version</source>
        <translation>د مخینې په کړکۍ کې: د ټاکل شوې نسخې بېرته راګرځول</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>د کړکۍ په هر ځای کې</translation>
    </message>
    <message>
        <source>In the section shown</source>
        <translation>په هغه برخه کې چې ښودل کېږي</translation>
    </message>
    <message>
        <source>In a list of notes, contacts or drafts</source>
        <translation>د یادښتونو، اړیکو یا مسودو په لېست کې</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>په کثافاتو ټوکرۍ کې</translation>
    </message>
    <message>
        <source>In a note&apos;s attachments</source>
        <translation>د یو یادښت په ضمیمو کې</translation>
    </message>
    <message>
        <source>In an action plan&apos;s table</source>
        <translation>د عمل پلان په جدول کې</translation>
    </message>
    <message>
        <source>In the history window</source>
        <translation>د مخینې په کړکۍ کې</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>د کيبورډ لنډې لارې</translation>
    </message>
    <message>
        <source>Every shortcut also sits in a menu: the menu bar, or the right-click menu of the list or table it works in.</source>
        <translation>هره لنډه لاره په یوه مینو کې هم شته: د مینو پټه، یا د هغه لېست یا جدول د ښي کلیک مینو چې پکې کار کوي.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>تڼۍ</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>څه کوي</translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>New draft…</source>
        <translation>نوې مسوده…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>نوې مسوده</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>مسودې</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;حالت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صادرول…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صادرول</translation>
    </message>
    <message>
        <source>Export as PDF, OpenDocument, Markdown or HTML (Ctrl+Shift+E)</source>
        <translation>د PDF، OpenDocument، Markdown یا HTML په بڼه صادرول (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export redacted…</source>
        <translation>د پټو نومونو سره صادرول…</translation>
    </message>
    <message>
        <source>Export redacted</source>
        <translation>د پټو نومونو سره صادرول</translation>
    </message>
    <message>
        <source>Replace names and places by pseudonyms (Person A, Province 1) for a UN mandate, a donor or the press; you check every replacement first</source>
        <translation>نومونه او ځایونه په مستعارو نومونو (کس الف، ولایت ۱) بدلوي، د ملګرو ملتونو، تمویلوونکي یا رسنیو لپاره؛ تاسو لومړی هر بدلون ګورئ</translation>
    </message>
    <message>
        <source>Comment on the selected passage</source>
        <translation>په ټاکل شوي عبارت تبصره</translation>
    </message>
    <message>
        <source>Headings in English</source>
        <translation>سرلیکونه په انګلیسي</translation>
    </message>
    <message>
        <source>The UN Special Procedures take communications in English, French or Spanish: export this one with English headings (your text stays as you wrote it)</source>
        <translation>د ملګرو ملتونو ځانګړې کړنلارې لیکونه په انګلیسي، فرانسوي یا هسپانوي مني: دا یو د انګلیسي سرلیکونو سره صادر کړئ (ستاسو متن لکه څنګه چې مو لیکلی، پاتې کېږي)</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>کینډۍ: {0}</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>تر اوسه هېڅ مسوده نشته</translation>
    </message>
    <message>
        <source>Start a SWOT analysis, an action plan, a concept note or a UN communication from a template.</source>
        <translation>د SWOT شننه، د عمل پلان، مفهومي یادښت یا ملګرو ملتونو ته لیک له یوې کینډۍ څخه پیل کړئ.</translation>
    </message>
    <message>
        <source>No draft is open</source>
        <translation>هېڅ مسوده خلاصه نه ده</translation>
    </message>
    <message>
        <source>Choose one from the list, or press Ctrl+N to start a new one.</source>
        <translation>له لېست څخه یوه وټاکئ، یا د نوې مسودې د پیلولو لپاره Ctrl+N کېکاږئ.</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>مسوده صادرول</translation>
    </message>
    <message>
        <source>Exported to {0} (not encrypted).</source>
        <translation>په {0} کې صادر شو (بې کوډه).</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>د پټنوم ځواک</translation>
    </message>
    <message>
        <source>Very weak: easy to guess. Use four or five unrelated words.</source>
        <translation>ډېر کمزوری: په اسانۍ اټکل کېږي. څلور یا پنځه یو له بله نااړوندې کلمې وکاروئ.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>کمزوری: نورې کلمې ور زیاتې کړئ.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>منځنی: یوه یا دوه نورې کلمې به یې پیاوړی کړي.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>ښه.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>پیاوړی.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>یو پټنوم ولیکئ.</translation>
    </message>
</context>
<context>
    <name>SyncPeople</name>
    <message>
        <source>Verified</source>
        <translation>تصدیق شوی</translation>
    </message>
    <message>
        <source>Other keys than someone you verified: not trusted until you compare safety numbers</source>
        <translation>د هغه چا له کیلي پرته نور کیلي چې تاسو تصدیق کړی: تر هغه د باور وړ نه دی چې د خوندیتوب شمېره پرتله کړئ</translation>
    </message>
    <message>
        <source>you ({0})</source>
        <translation>تاسو ({0})</translation>
    </message>
    <message>
        <source>{0} · {1} (verified)</source>
        <translation>{0} · {1} (تصدیق شوی)</translation>
    </message>
    <message>
        <source>{0} · {1} (not verified)</source>
        <translation>{0} · {1} (نه دی تصدیق شوی)</translation>
    </message>
    <message>
        <source>⚠ Name looks like: {0}</source>
        <translation>⚠ دا نوم دې نومونو ته ورته دی: {0}</translation>
    </message>
    <message>
        <source>⚠ The name mixes letters of different alphabets, which can imitate another name</source>
        <translation>⚠ په دې نوم کې د بېلابېلو الفباوو توري ګډ دي، چې د بل نوم تقلید کولی شي</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>نه دی تصدیق شوی</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>You</source>
        <translation>تاسو</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کسان</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>A tab: groups of people who share items (not the groups of characters of a key)</extracomment>
        <translation>ډلې</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>راکړه ورکړه</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مخینه</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>لېږل شوې او ترلاسه شوې کڅوړې</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسؤل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>وروستۍ نېټه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>پلان</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}، نېټه یې تېره شوې</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Tasks</source>
        <translation>دندې</translation>
    </message>
    <message>
        <source>Filter by action, owner, note or plan (Ctrl+F)</source>
        <translation>د کړنې، مسؤل، یادښت یا پلان له مخې چاڼول (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>دندې چاڼول</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ډله</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>د عمل پلان</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;زما</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;نېټه یې تېره شوې</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>په دې &amp;اونۍ کې</translation>
    </message>
    <message>
        <source>Hide do&amp;ne</source>
        <translation>ترسره &amp;شوې پټول</translation>
    </message>
    <message>
        <source>Open in its plan</source>
        <translation>په خپل پلان کې یې پرانیستل</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>ترسره &amp;شوه</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>ټولې ډلې</translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation>ټول پلانونه</translation>
    </message>
    <message>
        <source>No tasks yet. Rows of action plans (in Strategy) show here.</source>
        <translation>تر اوسه دندې نشته. د عمل د پلانونو کتارونه (په ستراتیژي کې) دلته ښکاري.</translation>
    </message>
    <message>
        <source>{0} task</source>
        <translation>{0} دنده</translation>
    </message>
    <message>
        <source>{0} tasks</source>
        <translation>{0} دندې</translation>
    </message>
    <message>
        <source>{0} of {1} tasks shown</source>
        <translation>له {1} دندو څخه {0} ښودل شوې</translation>
    </message>
    <message>
        <source>Nothing is yours yet: set your name in Sync → You; rows with your name or given to you by a group member are yours.</source>
        <translation>تر اوسه هېڅ دنده ستاسو نه ده: خپل نوم په «همغږي ← تاسو» کې وټاکئ؛ هغه کتارونه چې ستاسو نوم لري یا د ډلې یو غړي تاسو ته درکړي، ستاسو دي.</translation>
    </message>
</context>
<context>
    <name>TrashHint</name>
    <message>
        <source>Undo</source>
        <translation>بېرته اخیستل</translation>
    </message>
    <message>
        <source>Undo: take it back out of the trash</source>
        <translation>بېرته اخیستل: دا له کثافاتو ټوکرۍ څخه بېرته راوباسئ</translation>
    </message>
    <message>
        <source>“{0}” is in the trash.</source>
        <translation>«{0}» د کثافاتو په ټوکرۍ کې دی.</translation>
    </message>
</context>
<context>
    <name>TrashSection</name>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>Strategy draft</source>
        <translation>د ستراتیژۍ مسوده</translation>
    </message>
    <message>
        <source>{0} · deleted {1}</source>
        <translation>{0} · د ړنګولو وخت: {1}</translation>
    </message>
    <message>
        <source>Items in the trash</source>
        <translation>د کثافاتو په ټوکرۍ کې توکي</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>د کثافاتو ټوکرۍ تشول…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>د کثافاتو ټوکرۍ تشول</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good (Ctrl+Shift+Delete)</source>
        <translation>په ټوکرۍ کې هر څه د تل لپاره ړنګول (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بېرته راګرځول</translation>
    </message>
    <message>
        <source>Put it back where it was (Ctrl+R)</source>
        <translation>بېرته خپل پخواني ځای ته ورګرځول (Ctrl+R)</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>د تل لپاره ړنګول…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>د تل لپاره ړنګول</translation>
    </message>
    <message>
        <source>Delete this item for good (Shift+Delete)</source>
        <translation>دا توکی د تل لپاره ړنګول (Shift+Delete)</translation>
    </message>
    <message>
        <source>Content of the deleted item</source>
        <translation>د ړنګ شوي توکي منځپانګه</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>د کثافاتو ټوکرۍ تشول</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted notes, contacts and drafts wait here until you restore them or empty the trash.</source>
        <translation>د کثافاتو ټوکرۍ تشه ده. ړنګ شوي یادښتونه، اړیکې او مسودې تر هغه دلته پاتې کېږي چې بېرته یې راوګرځوئ یا ټوکرۍ تشه کړئ.</translation>
    </message>
    <message>
        <source>This item cannot be shown: {0}</source>
        <translation>دا توکی نه شي ښودل کېدای: {0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بې سرلیکه)</translation>
    </message>
    <message>
        <source>Restored “{0}”.</source>
        <translation>«{0}» بېرته راوګرځول شو.</translation>
    </message>
    <message>
        <source>Delete “{0}” for good? It cannot be brought back.</source>
        <translation>«{0}» د تل لپاره ړنګ شي؟ بېرته نه شي راګرځېدای.</translation>
    </message>
    <message>
        <source>Deleted “{0}” for good.</source>
        <translation>«{0}» د تل لپاره ړنګ شو.</translation>
    </message>
    <message>
        <source>Delete the one item in the trash for good? It cannot be brought back.</source>
        <translation>په ټوکرۍ کې یوازینی توکی د تل لپاره ړنګ شي؟ بېرته نه شي راګرځېدای.</translation>
    </message>
    <message>
        <source>Delete all {0} items in the trash for good? They cannot be brought back.</source>
        <translation>په ټوکرۍ کې ټول {0} توکي د تل لپاره ړنګ شي؟ بېرته نه شي راګرځېدای.</translation>
    </message>
    <message>
        <source>The trash is empty: {0} deleted for good.</source>
        <translation>د کثافاتو ټوکرۍ تشه شوه: {0} توکي د تل لپاره ړنګ شول.</translation>
    </message>
    <message>
        <source>Deleting for good…</source>
        <translation>د تل لپاره ړنګېږي…</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Travel mode</source>
        <translation>د سفر حالت</translation>
    </message>
    <message>
        <source>Before a border crossing, seal your items into one file and remove them from this laptop. Keep the file off the laptop: give it to a verified colleague, or seal it for your recovery key (on paper) and carry it separately.</source>
        <translation>له پولې تېرېدو مخکې، خپل توکي په یوه فایل کې کوډ کړئ او له دې لپټاپ څخه یې لرې کړئ. فایل پر لپټاپ مه ساتئ: یو تصدیق شوي همکار ته یې ورکړئ، یا یې داسې کوډ کړئ چې ستاسو د بیا رغونې کیلي (چې پر کاغذ ده) یې خلاص کړي، او جلا یې له ځان سره یوسئ.</translation>
    </message>
    <message>
        <source>Items shared with a group stay on this laptop (removing them would tell the group they were deleted): {0} items now. Whoever unlocks this laptop, or makes you unlock it, can see them.</source>
        <translation>هغه توکي چې له یوې ډلې سره شریک شوي، په همدې لپټاپ کې پاتې کېږي (لرې کول به یې ډلې ته دا خبر ورکړي چې ړنګ شوي دي): اوس {0} توکي. هر څوک چې دا لپټاپ خلاص کړي، یا تاسو دې ته اړ کړي چې خلاص یې کړئ، هغه لیدلای شي.</translation>
    </message>
    <message>
        <source>For my recovery key</source>
        <translation>زما د بیا رغونې کیلي لپاره</translation>
    </message>
    <message>
        <source>For a verified colleague:</source>
        <translation>د یوه تصدیق شوي همکار لپاره:</translation>
    </message>
    <message>
        <source>Verified colleague</source>
        <translation>تصدیق شوی همکار</translation>
    </message>
    <message>
        <source>Recovery key (8 groups)</source>
        <translation>د بیا رغونې کیلي (اته برخې)</translation>
    </message>
    <message>
        <source>Seal and remove…</source>
        <translation>کوډ کول او لرې کول…</translation>
    </message>
    <message>
        <source>Bring items back from a travel file…</source>
        <translation>د سفر له فایل څخه توکي بېرته راوستل…</translation>
    </message>
    <message>
        <source>Travel seal progress</source>
        <translation>د سفر د بندولو پرمختګ</translation>
    </message>
    <message>
        <source>Save the travel file</source>
        <translation>د سفر فایل ساتل</translation>
    </message>
    <message>
        <source>Sealing the items, writing the travel file, then removing them…</source>
        <translation>توکي کوډ او مهر کېږي، د سفر فایل لیکل کېږي، بیا لرې کېږي…</translation>
    </message>
    <message>
        <source>Sealed and removed {0} items. Now move {1} off this laptop.</source>
        <translation>{0} توکي کوډ او لرې شول. اوس {1} له دې لپټاپ څخه بل ځای ته یوسئ.</translation>
    </message>
    <message>
        <source>Open a travel file</source>
        <translation>د سفر فایل پرانیستل</translation>
    </message>
    <message>
        <source>Bringing the items back from the travel file…</source>
        <translation>توکي د سفر له فایل څخه بېرته راوستل کېږي…</translation>
    </message>
    <message>
        <source>Brought back {0} items.</source>
        <translation>{0} توکي بېرته راوستل شول.</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Amanat did not expect this, and the last action may not have finished. What you saved before is safe. If something looks wrong, lock the vault and unlock it again.</source>
        <translation>امانت د دې تمه نه درلوده، او کېدای شي وروستی کار بشپړ شوی نه وي. هغه څه چې مو مخکې ساتلي خوندي دي. که څه سم نه ښکاري، خوندي صندوق قلف کړئ او بیا یې خلاص کړئ.</translation>
    </message>
</context>
<context>
    <name>UnfinishedTravelDialog</name>
    <message>
        <source>Travel mode did not finish</source>
        <translation>د سفر حالت بشپړ نه شو</translation>
    </message>
    <message>
        <source>Travel mode did not finish. {0} of the {1} sealed items are still on this laptop, and the travel file was written to {2}.

Finish: remove those items now (the travel file must still be there, unchanged).
Undo: keep the items here and delete the travel file.</source>
        <translation>د سفر حالت بشپړ نه شو. له {1} کوډ او مهر شویو توکو څخه {0} لا هم پر دې لپټاپ دي، او د سفر فایل په {2} کې ولیکل شو.

بشپړول: دا توکي اوس لرې کړئ (د سفر فایل باید لا هلته وي، بې بدلونه).
بېرته اخیستل: توکي دلته وساتئ او د سفر فایل لرې کړئ.</translation>
    </message>
    <message>
        <source>Finish travel mode</source>
        <translation>د سفر حالت بشپړول</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>بېرته اخیستل</translation>
    </message>
    <message>
        <source>Finish with the file at…</source>
        <translation>په بل ځای کې له فایل سره بشپړول…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <source>Where is the travel file now?</source>
        <translation>د سفر فایل اوس چېرته دی؟</translation>
    </message>
    <message>
        <source>Travel mode undone: the items stay on this laptop and the travel file was deleted.</source>
        <translation>د سفر حالت بېرته واخیستل شو: توکي پر دې لپټاپ پاتې کېږي او د سفر فایل لرې شو.</translation>
    </message>
    <message>
        <source>Travel mode finished: {0} items were removed. Keep the travel file off this laptop.</source>
        <translation>د سفر حالت بشپړ شو: {0} توکي لرې شول. د سفر فایل له دې لپټاپ څخه بهر وساتئ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Amanat is locked. Type your passphrase to open your vault.</source>
        <translation>امانت قلف دی. د خپل خوندي صندوق د خلاصولو لپاره خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>خلاصول</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>پټنوم مو هېر شوی؟</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>لومړی خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>خلاصېږي…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard language (Dari, Pashto or English) and Caps Lock, and try again.</source>
        <translation>پټنوم غلط دی. د کیبورډ ژبه (دري، پښتو یا انګلیسي) او Caps Lock وګورئ، او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file asks for {0} MiB of memory and about {1} seconds on this computer, much more than usual. If you did not expect this, the key file may have been changed to slow this computer down. Press Unlock again to go ahead.</source>
        <translation>د دې خوندي صندوق د کیلي فایل په دې کمپیوټر کې {0} مېګابایټه حافظه او شاوخوا {1} ثانیې غواړي، چې له معمول څخه ډېر زیات دي. که تاسو تمه نه درلوده، کېدای شي د کیلي فایل د دې کمپیوټر د ورو کولو لپاره بدل شوی وي. د دوام لپاره بیا «خلاصول» کېکاږئ.</translation>
    </message>
</context>
<context>
    <name>UntrustedExportDialog</name>
    <message>
        <source>Left out (not verified by you): {0}</source>
        <translation>پرېښودل شوي (ستاسو له خوا نه دي تصدیق شوي): {0}</translation>
    </message>
    <message>
        <source>Sealed also for people you have not verified: {0}</source>
        <translation>د دې ناتصدیق شویو کسانو لپاره هم کوډ او مهر شو: {0}</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>له لېږلو مخکې</translation>
    </message>
    <message>
        <source>These members&apos; keys are not verified by you: you never compared safety numbers with them, you withdrew your trust, or their name looks like someone you verified but the keys are others. Anything sealed for them can be read with those keys.</source>
        <translation>د دې غړو کیلي ستاسو له خوا نه دي تصدیق شوي: یا مو هېڅکله د خوندیتوب شمېره ورسره نه ده پرتله کړې، یا مو خپل باور بېرته اخیستی، یا یې نوم هغه چا ته ورته دی چې تاسو تصدیق کړی خو کیلي یې بل دي. هر څه چې د دوی لپاره کوډ او مهر شي، په همدې کیلي لوستل کېږي.</translation>
    </message>
    <message>
        <source>Members not verified</source>
        <translation>نا تصدیق شوي غړي</translation>
    </message>
    <message>
        <source>{0} — in the group {1}</source>
        <translation>{0} — په {1} ډله کې</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>هغوی پرېږدئ</translation>
    </message>
    <message>
        <source>Send to them too</source>
        <translation>هغوی ته هم یې ولېږئ</translation>
    </message>
</context>
<context>
    <name>VCardExportDialog</name>
    <message>
        <source>Export {0} contact as a vCard file</source>
        <translation>{0} اړیکه د vCard فایل په بڼه صادرول</translation>
    </message>
    <message>
        <source>Export {0} contacts as a vCard file</source>
        <translation>{0} اړیکې د vCard فایل په بڼه صادرول</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>د صادرولو اړیکې</translation>
    </message>
    <message>
        <source>Also write their safety fields: risk level and channels never to use</source>
        <translation>د هغوی د خوندیتوب برخې هم ولیکئ: د خطر کچه او هغه لارې چې هېڅکله باید ونه کارول شي</translation>
    </message>
    <message>
        <source>Left out unless you tick it. Whoever gets the file would learn who is at risk and how not to reach them. Phones and mail programs ignore these fields.</source>
        <translation>تر څو چې نښه یې نه کړئ، نه لیکل کېږي. هر څوک چې فایل ترلاسه کړي پوهېږي چې څوک په خطر کې دی او له کومې لارې باید ورسره اړیکه ونه نیول شي. تلیفونونه او برېښنالیک پروګرامونه دا برخې نه کاروي.</translation>
    </message>
    <message>
        <source>{0} of them is marked high risk.</source>
        <translation>له دوی څخه {0} تن د لوړ خطر په توګه نښه شوی.</translation>
    </message>
    <message>
        <source>{0} of them are marked high risk.</source>
        <translation>له دوی څخه {0} تنه د لوړ خطر په توګه نښه شوي.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>دوام…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a person</source>
        <translation>د یو کس تصدیق</translation>
    </message>
    <message>
        <source>These keys ({1}) are not the ones of the {0} you verified, whose name looks the same. This may be a new laptop — or someone pretending to be them. Do not trust bundles from these keys until you have compared the numbers with {0} again.</source>
        <translation>دا کیلي ({1}) د هغه {0} کیلي نه دي چې تاسو تصدیق کړی، که څه هم نوم یې یو شان ښکاري. کېدای شي نوی لپ ټاپ وي — یا څوک چې ځان د هغه په ځای ښيي. تر هغه د دې کیلي په کڅوړو باور مه کوئ چې له {0} سره مو شمېرې بیا پرتله کړې نه وي.</translation>
    </message>
    <message>
        <source>Meet {0} in person, or call on a line you trust. Each of you opens this screen; read your numbers to each other, group by group. If every group is the same, nobody stands between you.</source>
        <translation>له {0} سره مخامخ ووینئ، یا د داسې لیکې له لارې زنګ ووهئ چې باور پرې لرئ. هر یو مو دا سکرین پرانیزي؛ خپلې شمېرې برخه په برخه یو بل ته ولولئ. که ټولې برخې یو شان وي، ستاسو ترمنځ هېڅوک نشته.</translation>
    </message>
    <message>
        <source>I compared all twelve groups with {0}, and they are the same</source>
        <translation>ما ټولې دولس برخې له {0} سره پرتله کړې، او یو شان دي</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>د تصدیق شوي په توګه نښه کول</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>This version was never marked updated; the {0} version&apos;s text:</source>
        <translation>دا ژباړه هېڅکله تازه نه ده ثبت شوې؛ د {0} ژباړې متن:</translation>
    </message>
    <message>
        <source>The {0} version changed, but the text is too long to show the changed words; its text now:</source>
        <translation>{0} ژباړه بدله شوې ده، خو متن د بدل شویو کلمو د ښودلو لپاره ډېر اوږد دی؛ اوسنی متن یې:</translation>
    </message>
    <message>
        <source>Changes in the {0} version since this one was last marked updated:</source>
        <translation>د دې ژباړې د تازه کېدو له وروستي ثبت وروسته په {0} ژباړه کې بدلونونه:</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>ورزیات شول: {0}</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>لرې شول: {0}</translation>
    </message>
    <message>
        <source>What changed in the other versions</source>
        <translation>په نورو ژباړو کې څه بدل شوي دي</translation>
    </message>
    <message>
        <source>&amp;Section out of date</source>
        <translation>&amp;هغه برخه چې تازه نه ده</translation>
    </message>
    <message>
        <source>Section out of date</source>
        <translation>هغه برخه چې تازه نه ده</translation>
    </message>
    <message>
        <source>Added words are underlined, removed words are struck through. Bring this version&apos;s section in line (this window can stay open while you edit), then mark it updated.</source>
        <translation>ورزیاتې شوې کلمې لاندې کرښه لري، لرې شوې کلمې پرې کرښه لري. د دې ژباړې برخه برابره کړئ (دا کړکۍ د سمولو پر مهال پرانیستې پاتې کېدای شي)، بیا یې تازه ثبت کړئ.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>بدلونونه</translation>
    </message>
    <message>
        <source>&amp;Mark as updated</source>
        <translation>&amp;تازه ثبت کړئ</translation>
    </message>
    <message>
        <source>Mark this section as updated</source>
        <translation>دا برخه تازه ثبت کړئ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>امانت ته ښه راغلاست</translation>
    </message>
    <message>
        <source>&lt;p&gt;Amanat keeps your notes, contacts and your group&apos;s strategy drafts in one encrypted vault on this computer. It never connects to the internet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It protects you&lt;/b&gt; while Amanat is locked or the laptop is off: if this laptop is then lost, stolen, searched at a border or copied, the vault cannot be read without your passphrase or recovery key.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It cannot protect you&lt;/b&gt; from spying software on this computer, from someone watching your screen or keyboard, or from someone who takes the laptop while the vault is unlocked. Lock it (Ctrl+L) whenever you step away.&lt;/p&gt;</source>
        <translation>&lt;p&gt;امانت ستاسو یادښتونه، اړیکې او د ستاسو د ډلې د ستراتیژۍ مسودې په دې کمپیوټر کې په یوه کوډ شوي خوندي صندوق کې ساتي. دا هېڅکله له انټرنېټ سره نه نښلي.&lt;/p&gt;&lt;p&gt;&lt;b&gt;دا مو ساتي&lt;/b&gt; تر څو چې امانت قلف وي یا لپټاپ بند وي: که په دې حال کې دا لپټاپ ورک شي، غلا شي، پر پوله تلاشي شي یا کاپي شي، خوندي صندوق ستاسو له پټنوم یا د بیا رغونې له کیلي پرته نه شي لوستل کېدای.&lt;/p&gt;&lt;p&gt;&lt;b&gt;دا مو نه شي ساتلای&lt;/b&gt; په دې کمپیوټر کې له جاسوسي سافټویر څخه، له هغه چا څخه چې ستاسو سکرین یا کیبورډ ته ګوري، یا له هغه چا څخه چې لپټاپ هغه وخت واخلي چې خوندي صندوق خلاص وي. هر کله چې ترې لرې کېږئ، قلف یې کړئ (Ctrl+L).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>خپل خوندي صندوق جوړول</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>یو بېک اپ بېرته راوګرځوئ…</translation>
    </message>
    <message>
        <source>Recover with my colleagues…</source>
        <translation>زما د همکارانو په مرسته بیا رغونه…</translation>
    </message>
    <message>
        <source>Read more: what Amanat protects, and what it cannot</source>
        <translation>نور ولولئ: امانت څه ساتي، او څه نه شي ساتلای</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ستراتیژي</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>د کثافاتو ټوکرۍ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همغږي</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>دندې</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>برخې</translation>
    </message>
    <message>
        <source>Show my tasks</source>
        <translation>زما دندې ښودل</translation>
    </message>
    <message>
        <source>{0} of your tasks is overdue.</source>
        <translation>د ستاسو د {0} دندې نېټه تېره شوې ده.</translation>
    </message>
    <message>
        <source>{0} of your tasks are overdue.</source>
        <translation>د ستاسو د {0} دندو نېټه تېره شوې ده.</translation>
    </message>
    <message>
        <source>{0} of your tasks is due this week.</source>
        <translation>د ستاسو د {0} دندې وروستۍ نېټه همدا اونۍ ده.</translation>
    </message>
    <message>
        <source>{0} of your tasks are due this week.</source>
        <translation>د ستاسو د {0} دندو وروستۍ نېټه همدا اونۍ ده.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>{0} is synced by {1}: the file would be uploaded.</source>
        <translation>{0} د {1} له خوا همغږي کېږي: فایل به پورته شي.</translation>
    </message>
    <message>
        <source>{0} is synced by a cloud drive: the file would be uploaded.</source>
        <translation>{0} د یو ورېځ (cloud) ځای له خوا همغږي کېږي: فایل به پورته شي.</translation>
    </message>
    <message>
        <source>{0} is indexed by {1}: its words would be copied into the index.</source>
        <translation>{0} د {1} له خوا فهرست کېږي: د فایل ټکي به په فهرست کې کاپي شي.</translation>
    </message>
    <message>
        <source>{0} is usually indexed by desktop search: its words would be copied into the index.</source>
        <translation>{0} معمولاً د کمپیوټر د لټون له خوا فهرست کېږي: د فایل ټکي به په فهرست کې کاپي شي.</translation>
    </message>
    <message>
        <source>Choose a folder that no cloud drive syncs, or seal the file instead.</source>
        <translation>داسې فولډر وټاکئ چې هېڅ ورېځ (cloud) ځای یې همغږي نه کوي، یا پر ځای یې فایل کوډ او مهر کړئ.</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>بل فولډر ټاکل</translation>
    </message>
    <message>
        <source>Save here anyway</source>
        <translation>بیا هم دلته یې وساته</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} دمخه شته. ځای یې ونیسي؟</translation>
    </message>
</context>
</TS>
