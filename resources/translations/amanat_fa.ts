<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amanat</source>
        <translation>دربارهٔ امانت</translation>
    </message>
    <message>
        <source>&lt;p&gt;An encrypted vault for notes, contacts and strategy drafts, for human rights defenders. It works without the internet and without any server: groups exchange sealed files by USB stick, e-mail or a shared folder.&lt;/p&gt;&lt;p&gt;Free software under the licence {0} (the GNU General Public License, version 3 or later): you may use, study, share and change it.&lt;/p&gt;&lt;p&gt;The Dari and Pashto translations are complete but still need review by native speakers. If a word is unclear, the English text is the reference.&lt;/p&gt;</source>
        <translation>&lt;p&gt;یک گاوصندوق رمزگذاری‌شده برای یادداشت‌ها، مخاطبان و پیش‌نویس‌های استراتیژی، برای مدافعان حقوق بشر. بدون انترنت و بدون هیچ سروری کار می‌کند: گروه‌ها فایل‌های مهرشده را با فلش USB، ایمیل یا یک فولدر مشترک ردوبدل می‌کنند.&lt;/p&gt;&lt;p&gt;نرم‌افزار آزاد تحت جواز {0} (جواز عمومی همگانی گنو، نسخهٔ ۳ یا بالاتر): می‌توانید آن را به کار ببرید، بررسی کنید، شریک کنید و تغییر دهید.&lt;/p&gt;&lt;p&gt;ترجمه‌های دری و پشتو کامل است، اما هنوز باید سخنوران بومی آن را بازبینی کنند. اگر واژه‌ای روشن نیست، متن انگلیسی مرجع است.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionPlanEditor</name>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>افزودن سطر</translation>
    </message>
    <message>
        <source>Insert or Ctrl+Enter</source>
        <translation>کلید Insert یا Ctrl+Enter</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>حذف سطر</translation>
    </message>
    <message>
        <source>Remove the chosen rows (Ctrl+Delete)</source>
        <translation>حذف سطرهای انتخاب‌شده (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Insert adds a row · Delete clears cells · click a heading to sort</source>
        <translation>کلید Insert سطر می‌افزاید · کلید Delete خانه‌ها را پاک می‌کند · برای مرتب کردن، روی عنوان ستون کلیک کنید</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>پاک کردن خانه‌ها</translation>
    </message>
</context>
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>To do</source>
        <extracomment>Status of an action-plan row: not started yet</extracomment>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Status of an action-plan row: finished</extracomment>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Status of an action-plan row: the action is stuck and cannot go on (not a blocked person or channel)</extracomment>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>A group member (id {0})</source>
        <translation>عضو گروه (شناسه: {0})</translation>
    </message>
    <message>
        <source>{0} (me)</source>
        <translation>{0} (خودم)</translation>
    </message>
</context>
<context>
    <name>AnswerRequestDialog</name>
    <message>
        <source>Answer a recovery request</source>
        <translation>پاسخ به یک درخواست بازیابی</translation>
    </message>
    <message>
        <source>Paste the recovery request a colleague sent you, or open it from a file.</source>
        <translation>درخواست بازیابی‌ای را که همکارتان فرستاده است اینجا بچسپانید، یا آن را از یک فایل باز کنید.</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>درخواست بازیابی</translation>
    </message>
    <message>
        <source>Open a request file…</source>
        <translation>باز کردن فایل درخواست…</translation>
    </message>
    <message>
        <source>Check the request</source>
        <translation>بررسی درخواست</translation>
    </message>
    <message>
        <source>Save my answer…</source>
        <translation>ذخیرهٔ پاسخ من…</translation>
    </message>
    <message>
        <source>The owner read me these same twelve groups, on a call I made or in person</source>
        <translation>صاحب آن همین دوازده بخش را برایم خواند، در تماسی که خودم گرفتم یا رو در رو</translation>
    </message>
    <message>
        <source>Someone may be pretending to be {0}: anyone who took their laptop can make a request. Call {0} on a number you already knew before this request, or meet them, and ask them to read you their safety number. Never use a number or address that came with the request. If any group differs, or you cannot reach them, do not answer.</source>
        <translation>ممکن است کسی خود را {0} جا بزند: هر کسی که لپ‌تاپ او را برده باشد می‌تواند درخواست بسازد. با شماره‌ای که پیش از این درخواست می‌شناختید به {0} زنگ بزنید، یا او را ببینید، و از او بخواهید شمارهٔ امنیتی‌اش را برایتان بخواند. هرگز از شماره یا آدرسی که همراه درخواست آمده استفاده نکنید. اگر حتی یک بخش فرق داشت، یا به او دسترسی نداشتید، پاسخ ندهید.</translation>
    </message>
    <message>
        <source>{0} asks for your recovery share (set of {1}). Their safety number must be:</source>
        <translation>{0} سهم بازیابی‌ای را که نزد شماست می‌خواهد (دستهٔ {1}). شمارهٔ امنیتی او باید این باشد:</translation>
    </message>
    <message>
        <source>{0} read me these same twelve groups, on a call I made or in person</source>
        <translation>{0} همین دوازده بخش را برایم خواند، در تماسی که خودم گرفتم یا رو در رو</translation>
    </message>
    <message>
        <source>Open a recovery request</source>
        <translation>باز کردن یک درخواست بازیابی</translation>
    </message>
    <message>
        <source>This file is too large to be a recovery request.</source>
        <translation>این فایل برای یک درخواست بازیابی بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>Do not answer this request. {0}</source>
        <translation>به این درخواست پاسخ ندهید. {0}</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>ذخیرهٔ پاسخ من</translation>
    </message>
    <message>
        <source>Your answer is in {0}. Give it back to {1}: it opens only on the computer that made the request.</source>
        <translation>پاسخ شما در {0} است. آن را به {1} برگردانید: فقط روی کمپیوتری باز می‌شود که درخواست را ساخته است.</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Attach a file</source>
        <translation>ضمیمه کردن فایل</translation>
    </message>
    <message>
        <source>Encrypting “{0}” into the vault…</source>
        <translation>در حال رمزگذاری «{0}» در گاوصندوق…</translation>
    </message>
    <message>
        <source>Attached “{0}”.</source>
        <translation>«{0}» ضمیمه شد.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was attached.</source>
        <translation>لغو شد. چیزی ضمیمه نشد.</translation>
    </message>
    <message>
        <source>Amanat can show pictures, but not “{0}”. Use “Save a copy…” to open it with another program; remember that the copy is not encrypted.</source>
        <translation>امانت می‌تواند عکس‌ها را نشان دهد، اما «{0}» را نه. برای باز کردن آن با برنامهٔ دیگر از «ذخیرهٔ کاپی…» استفاده کنید؛ به یاد داشته باشید که این کاپی رمزگذاری‌شده نیست.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ کاپی</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy as {0}</source>
        <translation>کاپی رمزگذاری‌نشده به نام {0} ذخیره شد</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>حذف ضمیمه</translation>
    </message>
    <message>
        <source>Remove “{0}” from this note for good? It does not go to the trash.</source>
        <translation>«{0}» برای همیشه از این یادداشت حذف شود؟ این فایل به سطل زباله نمی‌رود.</translation>
    </message>
    <message>
        <source>Removed “{0}”.</source>
        <translation>«{0}» حذف شد.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ضمیمه‌ها</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>افزودن ضمیمه</translation>
    </message>
    <message>
        <source>View</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>View the attachment</source>
        <translation>نمایش ضمیمه</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ کاپی…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>ذخیرهٔ کاپی رمزگذاری‌نشده</translation>
    </message>
    <message>
        <source>Writes the file, decrypted, into a folder you choose.</source>
        <translation>فایل را به شکل رمزگشایی‌شده در فولدری که انتخاب می‌کنید می‌نویسد.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>حذف ضمیمه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>لغو افزودن فایل</translation>
    </message>
    <message>
        <source>Adding the file</source>
        <translation>در حال افزودن فایل</translation>
    </message>
</context>
<context>
    <name>AttachmentSize</name>
    <message>
        <source>{0} GB</source>
        <translation>{0} گیگابایت</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} مگابایت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} بایت</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>پشتیبان‌گیری از گاوصندوق</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything in this vault. It opens with today&apos;s passphrase or your recovery key, on this laptop or a new one. Keep it off this laptop: on a USB stick you keep apart, or with someone you trust.</source>
        <translation>پشتیبان یک فایل رمزگذاری‌شده است که همه‌چیز این گاوصندوق را در خود دارد. با رمز عبور امروز یا کلید بازیابی شما، در همین لپ‌تاپ یا یک لپ‌تاپ نو باز می‌شود. آن را دور از این لپ‌تاپ نگه دارید: روی یک USB که جدا نگه می‌دارید، یا نزد کسی که به او اعتماد دارید.</translation>
    </message>
    <message>
        <source>Choose a file and back up…</source>
        <translation>انتخاب فایل و پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>پیشرفت پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>This vault has not been backed up from here yet.</source>
        <translation>از این گاوصندوق هنوز از اینجا پشتیبان گرفته نشده است.</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>آخرین پشتیبان: {0}</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>ذخیرهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>در حال نوشتن پشتیبان…</translation>
    </message>
    <message>
        <source>Backup written to {0} ({1} KB). Now move it off this laptop. It opens with today&apos;s passphrase or your recovery key.</source>
        <translation>پشتیبان در {0} نوشته شد ({1} کیلوبایت). حالا آن را از این لپ‌تاپ بیرون ببرید. با رمز عبور امروز یا کلید بازیابی شما باز می‌شود.</translation>
    </message>
    <message>
        <source>A file with this name is already there, and it was not replaced. Choose another name.</source>
        <translation>فایلی با این نام از قبل آنجاست و جایگزین نشد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The backup was not made. {0}</source>
        <translation>پشتیبان ساخته نشد. {0}</translation>
    </message>
</context>
<context>
    <name>BackupEntry</name>
    <message>
        <source>The backup is restored. Unlock it with the passphrase it was made with. A backup carries no decoy: if you use a duress passphrase, set it again in Tools → Duress passphrase.</source>
        <translation>پشتیبان بازگردانده شد. قفل آن را با رمز عبوری باز کنید که پشتیبان با آن ساخته شده است. پشتیبان گاوصندوق ساختگی را با خود ندارد: اگر رمز عبور زیر فشار به کار می‌برید، آن را دوباره در «ابزارها ← رمز عبور زیر فشار…» تعیین کنید.</translation>
    </message>
    <message>
        <source>The backup is restored. Its passphrase was bound to the computer it was made on, so it does not open the vault here: choose &quot;Forgot your passphrase?&quot;, open the vault with your recovery key and set your passphrase again. It is then bound to this computer (if it has a keystore Amanat can use). A backup carries no decoy: if you use a duress passphrase, set it again in Tools → Duress passphrase.</source>
        <translation>پشتیبان بازگردانده شد. رمز عبور آن به کمپیوتری بسته بود که پشتیبان در آن ساخته شد، پس اینجا گاوصندوق را باز نمی‌کند: «رمز عبور خود را فراموش کرده‌اید؟» را انتخاب کنید، گاوصندوق را با کلید بازیابی باز کنید و رمز عبور را دوباره تعیین کنید. آنگاه به این کمپیوتر بسته می‌شود (اگر مخزن کلیدی داشته باشد که امانت بتواند به کار ببرد). پشتیبان گاوصندوق ساختگی را با خود ندارد: اگر رمز عبور زیر فشار به کار می‌برید، آن را دوباره در «ابزارها ← رمز عبور زیر فشار…» تعیین کنید.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>پشتیبان‌&amp;گیری…</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet. Only a backup brings your content back if this laptop is lost, seized or wiped.</source>
        <translation>از این گاوصندوق هنوز پشتیبان گرفته نشده است. اگر این لپ‌تاپ گم، ضبط یا پاک شود، تنها یک پشتیبان محتوای شما را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>The last backup of this vault was made on {0}. Only a backup brings your content back if this laptop is lost, seized or wiped.</source>
        <translation>آخرین پشتیبان این گاوصندوق در {0} ساخته شد. اگر این لپ‌تاپ گم، ضبط یا پاک شود، تنها یک پشتیبان محتوای شما را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>همین حالا پشتیبان بگیرید…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>You can change how often you are reminded, or turn it off, in Settings.</source>
        <translation>در تنظیمات می‌توانید تعیین کنید هر چند وقت یادآوری شود، یا آن را خاموش کنید.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message>
        <source>{0} · sent to {1} · {2} items</source>
        <translation>{0} · فرستاده‌شده به {1} · {2} مورد</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>فردی ناشناس</translation>
    </message>
    <message>
        <source>{0} · received from {1} for {2} · {3} items changed</source>
        <translation>{0} · دریافت‌شده از {1} برای {2} · {3} مورد تغییر کرد</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Four or five unrelated words are strong and easy to remember. Your recovery key keeps working.</source>
        <translation>رمز عبور فعلی خود را وارد کنید، سپس رمز عبور جدید را دو بار. چهار یا پنج کلمهٔ بی‌ربط به هم، هم قوی است و هم به آسانی به یاد می‌ماند. کلید بازیابی شما همچنان کار می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>رمز عبور &amp;فعلی</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>رمز عبور &amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one</source>
        <translation>&amp;تکرار رمز عبور جدید</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>رمز عبور فعلی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>رمز عبور جدید</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>تکرار رمز عبور جدید</translation>
    </message>
    <message>
        <source>I understand this passphrase is weak and want to use it anyway</source>
        <translation>می‌دانم این رمز عبور ضعیف است و باز هم می‌خواهم از آن استفاده کنم</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>اول رمز عبور فعلی خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation>رمز عبور جدید را دو بار یکسان وارد کنید.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>رمز عبور جدید با رمز عبور فعلی یکی است.</translation>
    </message>
    <message>
        <source>This passphrase is weak. Make it longer, or confirm that you accept it.</source>
        <translation>این رمز عبور ضعیف است. آن را طولانی‌تر کنید، یا تأیید کنید که آن را می‌پذیرید.</translation>
    </message>
    <message>
        <source>Checking the current passphrase and setting the new one (a few seconds)…</source>
        <translation>در حال بررسی رمز عبور فعلی و تعیین رمز عبور جدید (چند ثانیه)…</translation>
    </message>
</context>
<context>
    <name>ColleagueRecoveryPage</name>
    <message>
        <source>Choose the backup file…</source>
        <translation>انتخاب فایل پشتیبان…</translation>
    </message>
    <message>
        <source>Make a recovery request</source>
        <translation>ساختن درخواست بازیابی</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>درخواست بازیابی</translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation>کاپی کردن درخواست</translation>
    </message>
    <message>
        <source>Save it as a file…</source>
        <translation>ذخیره به شکل فایل…</translation>
    </message>
    <message>
        <source>Add an answer…</source>
        <translation>افزودن یک پاسخ…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>رمز عبور تازه</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>رمز عبور تازه را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>باز کردن گاوصندوق من</translation>
    </message>
    <message>
        <source>Cancel the recovery</source>
        <translation>لغو بازیابی</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Each colleague will call you or meet you before answering. Read them this safety number, group by group. Read it only to colleagues you called or who called you from a number you know; never write it in the same message as the request.</source>
        <translation>هر همکار پیش از پاسخ دادن به شما زنگ می‌زند یا شما را می‌بیند. این شمارهٔ امنیتی را بخش به بخش برایش بخوانید. آن را فقط برای همکارانی بخوانید که خودتان به آن‌ها زنگ زده‌اید یا از شماره‌ای که می‌شناسید به شما زنگ زده‌اند؛ هرگز آن را در همان پیامی که درخواست را می‌فرستید ننویسید.</translation>
    </message>
    <message>
        <source>Recover with my colleagues: if you entrusted your vault to colleagues, they can help you open it. Make a recovery request and send it to them (e-mail, messenger or USB stick); it expires after three days.</source>
        <translation>بازیابی با کمک همکارانم: اگر گاوصندوق خود را به همکاران سپرده‌اید، آن‌ها می‌توانند در باز کردن آن کمکتان کنند. یک درخواست بازیابی بسازید و برایشان بفرستید (ایمیل، پیام‌رسان یا فلش USB)؛ این درخواست پس از سه روز منقضی می‌شود.</translation>
    </message>
    <message>
        <source>Send this recovery request to the colleagues who hold your shares. It expires on {0}.</source>
        <translation>این درخواست بازیابی را برای همکارانی بفرستید که سهم‌های شما نزدشان است. در {0} منقضی می‌شود.</translation>
    </message>
    <message>
        <source>Backup file: {0}</source>
        <translation>فایل پشتیبان: {0}</translation>
    </message>
    <message>
        <source>No backup file chosen yet.</source>
        <translation>هنوز فایل پشتیبانی انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Shares received: {0} of the {1} needed.</source>
        <translation>سهم‌های رسیده: {0} از {1} سهم لازم.</translation>
    </message>
    <message>
        <source>From: {0}.</source>
        <translation>از: {0}.</translation>
    </message>
    <message>
        <source>Enough shares have arrived: choose a new passphrase.</source>
        <translation>سهم‌های کافی رسیده است: یک رمز عبور تازه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>باز کردن یک پشتیبان</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>اول فایل پشتیبان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The request is copied. It holds no secret.</source>
        <translation>درخواست کاپی شد. هیچ رازی در آن نیست.</translation>
    </message>
    <message>
        <source>Save the recovery request</source>
        <translation>ذخیرهٔ درخواست بازیابی</translation>
    </message>
    <message>
        <source>Open your colleagues&apos; answers</source>
        <translation>باز کردن پاسخ‌های همکاران</translation>
    </message>
    <message>
        <source>This answer was not added. {0}</source>
        <translation>این پاسخ افزوده نشد. {0}</translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation>رمز عبور تازه را دو بار یکسان بنویسید.</translation>
    </message>
    <message>
        <source>The new passphrase is weak. Make it longer.</source>
        <translation>رمز عبور تازه ضعیف است. آن را درازتر کنید.</translation>
    </message>
    <message>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation>باز کردن گاوصندوق و تعیین کردن رمز عبور تازه…</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Someone not among your contacts ({0})</source>
        <translation>کسی که در میان مخاطبان شما نیست ({0})</translation>
    </message>
    <message>
        <source>Resolved by {0}</source>
        <translation>حل‌شده توسط {0}</translation>
    </message>
    <message>
        <source>Reopened by {0}</source>
        <translation>بازگشایی‌شده توسط {0}</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>نمایش حل‌شده‌ها</translation>
    </message>
    <message>
        <source>Also list the threads someone marked as resolved</source>
        <translation>رشته‌هایی را هم که کسی حل‌شده علامت زده فهرست کن</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>رشته‌های نظر</translation>
    </message>
    <message>
        <source>Comments of the chosen thread</source>
        <translation>نظرهای رشتهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>پاسخ…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>رفتن به عبارت</translation>
    </message>
    <message>
        <source>Select the passage this thread is about</source>
        <translation>عبارتی را که این رشته دربارهٔ آن است انتخاب کن</translation>
    </message>
    <message>
        <source>Your comment on the selected passage…</source>
        <translation>نظر شما دربارهٔ عبارت انتخاب‌شده…</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>نظر تازه</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ثبت نظر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Include them when exporting</source>
        <translation>هنگام خروجی گرفتن، نظرها هم بیایند</translation>
    </message>
    <message>
        <source>Exports leave comments out unless this is ticked</source>
        <translation>خروجی‌ها نظرها را ندارند، مگر این‌که این علامت زده شود</translation>
    </message>
    <message>
        <source>Comments ({0})</source>
        <translation>نظرها ({0})</translation>
    </message>
    <message>
        <source>Show or hide the comments beside the text</source>
        <translation>نمایش یا پنهان کردن نظرها در کنار متن</translation>
    </message>
    <message>
        <source>No comments yet: select a passage, then press {0}.</source>
        <translation>هنوز نظری نیست: عبارتی را انتخاب کنید، سپس {0} را بزنید.</translation>
    </message>
    <message>
        <source>{0} reply</source>
        <translation>{0} پاسخ</translation>
    </message>
    <message>
        <source>{0} replies</source>
        <translation>{0} پاسخ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>The passage was deleted</source>
        <translation>این عبارت حذف شده است</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <source>On «{0}»</source>
        <translation>دربارهٔ «{0}»</translation>
    </message>
    <message>
        <source>Select the passage you want to comment on, then choose Comment.</source>
        <translation>عبارتی را که می‌خواهید دربارهٔ آن نظر بدهید انتخاب کنید، سپس «ثبت نظر» را بزنید.</translation>
    </message>
    <message>
        <source>The selected passage was deleted meanwhile: select it again.</source>
        <translation>عبارت انتخاب‌شده در این میان حذف شد: دوباره انتخابش کنید.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>نظر افزوده شد.</translation>
    </message>
    <message>
        <source>Reply added.</source>
        <translation>پاسخ افزوده شد.</translation>
    </message>
    <message>
        <source>Resolved: the thread is hidden until you choose Show resolved.</source>
        <translation>حل شد: این رشته تا وقتی «نمایش حل‌شده‌ها» را انتخاب نکنید پنهان است.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>بازگشایی شد.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>حل شد.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تیلیفون</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>سیگنال</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>خروجی گرفتن به vCard…</translation>
    </message>
    <message>
        <source>Export as vCard</source>
        <translation>خروجی گرفتن به vCard</translation>
    </message>
    <message>
        <source>Write the contacts chosen in the list (Ctrl+click to choose several) into a .vcf file for a phone or a mail program</source>
        <translation>مخاطبان انتخاب‌شده در فهرست (با Ctrl+کلیک چند مخاطب را انتخاب کنید) در یک فایل ‎.vcf‎ برای تلفن یا برنامهٔ ایمیل نوشته می‌شوند</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>مصونیت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>راه‌های تماس</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>سطح &amp;خطر</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>سطح خطر</translation>
    </message>
    <message>
        <source>&amp;Preferred safe channel</source>
        <translation>&amp;راه تماس امن ترجیحی</translation>
    </message>
    <message>
        <source>Preferred safe channel</source>
        <translation>راه تماس امن ترجیحی</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>انتخاب نشده</translation>
    </message>
    <message>
        <source>Never contact via</source>
        <translation>هرگز از این راه‌ها تماس نگیرید</translation>
    </message>
    <message>
        <source>Never contact via {0}</source>
        <translation>هرگز از طریق {0} تماس نگیرید</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>نام &amp;مستعار</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;سازمان</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>ن&amp;قش</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;کشور</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;شهر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ضروری</translation>
    </message>
    <message>
        <source>A name to use in messages instead of the real one</source>
        <translation>نامی که در پیام‌ها به جای نام اصلی به کار می‌رود</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپی</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>کاپی {0}</translation>
    </message>
    <message>
        <source>Copy; the clipboard is cleared after {0} seconds</source>
        <translation>کاپی؛ کلیپ‌بورد پس از {0} ثانیه پاک می‌شود</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>ارزیابی نشده</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>خطر ارزیابی نشده</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>خطر کم</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>خطر متوسط</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>خطر زیاد</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>هنوز مخاطبی نیست</translation>
    </message>
    <message>
        <source>Keep the people you work with here, with how to reach them safely and how never to.</source>
        <translation>کسانی را که با آن‌ها کار می‌کنید این‌جا نگه دارید، با راه امن تماس با هر کدام و راه‌هایی که هرگز نباید از آن‌ها تماس گرفت.</translation>
    </message>
    <message>
        <source>No contact is open</source>
        <translation>هیچ مخاطبی باز نیست</translation>
    </message>
    <message>
        <source>Choose one from the list, or press Ctrl+N to add someone.</source>
        <translation>یکی را از فهرست انتخاب کنید، یا برای افزودن کسی Ctrl+N را فشار دهید.</translation>
    </message>
    <message>
        <source>Preferred: {0}</source>
        <translation>راه ترجیحی: {0}</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>{0} (never use)</source>
        <translation>{0} (هرگز استفاده نشود)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after {0} seconds.</source>
        <translation>کاپی شد. کلیپ‌بورد پس از {0} ثانیه پاک می‌شود.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Choose a passphrase: four or five unrelated words are strong and easy to remember. Nobody, not even Amanat&apos;s developers, can recover it for you; the recovery key shown next is the only other way in.</source>
        <translation>یک رمز عبور انتخاب کنید: چهار یا پنج کلمهٔ بی‌ربط به هم، هم قوی است و هم به آسانی به یاد می‌ماند. هیچ‌کس، حتی سازندگان امانت، نمی‌تواند آن را برای شما بازیابی کند؛ کلید بازیابی که در مرحلهٔ بعد نشان داده می‌شود، تنها راه دیگر برای باز کردن گاوصندوق است.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <extracomment>Label of the second passphrase field: type the same passphrase again</extracomment>
        <translation>تکرار آن</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <source>I understand this passphrase is weak and want to use it anyway</source>
        <translation>می‌دانم این رمز عبور ضعیف است و باز هم می‌خواهم از آن استفاده کنم</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>ساختن گاوصندوق</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>اول یک رمز عبور وارد کنید.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>This passphrase is weak. Make it longer, or confirm that you accept it.</source>
        <translation>این رمز عبور ضعیف است. آن را طولانی‌تر کنید، یا تأیید کنید که آن را می‌پذیرید.</translation>
    </message>
    <message>
        <source>Creating the vault and measuring this computer (a few seconds)…</source>
        <translation>در حال ساختن گاوصندوق و سنجش این کمپیوتر (چند ثانیه)…</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <source>&lt;b&gt;DECOY VAULT.&lt;/b&gt; What you put here is what someone sees if you are forced to type the duress passphrase. Put only harmless, ordinary content here. Your real vault is not shown and not changed.</source>
        <translation>&lt;b&gt;گاوصندوق ساختگی.&lt;/b&gt; آنچه اینجا می‌گذارید همان چیزی است که اگر مجبور شوید رمز عبور زیر فشار را بنویسید، دیگران می‌بینند. اینجا فقط محتوای بی‌خطر و عادی بگذارید. گاوصندوق واقعی شما نشان داده نمی‌شود و تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>&amp;Close the decoy</source>
        <translation>&amp;بستن گاوصندوق ساختگی</translation>
    </message>
</context>
<context>
    <name>DeviceBindingSettings</name>
    <message>
        <source>&amp;Bind the passphrase to this computer&apos;s keystore</source>
        <translation>رمز عبور را به مخزن کلید این کمپیوتر &amp;ببند</translation>
    </message>
    <message>
        <source>Bind the passphrase to this computer</source>
        <translation>بستن رمز عبور به این کمپیوتر</translation>
    </message>
    <message>
        <source>Your passphrase is bound to the keystore of another computer (or of this one before it was reset) and does not work here. Lock the vault, open it with your recovery key and set your passphrase again: it is then bound to this computer.</source>
        <translation>رمز عبور شما به مخزن کلید کمپیوتر دیگری (یا همین کمپیوتر پیش از بازنشانی آن) بسته است و اینجا کار نمی‌کند. گاوصندوق را قفل کنید، آن را با کلید بازیابی باز کنید و رمز عبور را دوباره تعیین کنید: آنگاه به این کمپیوتر بسته می‌شود.</translation>
    </message>
    <message>
        <source>When on, an old copy of the key file (a Time Machine snapshot, a Windows shadow copy, a copied folder) does not open with your passphrase alone, not even one forced out of you. The recovery key still opens the vault anywhere.</source>
        <translation>وقتی روشن باشد، کاپی کهنهٔ فایل کلید (یک عکس محلی Time Machine، یک کاپی سایهٔ Windows، یک فولدر کاپی‌شده) تنها با رمز عبور شما باز نمی‌شود، حتی اگر رمز عبور به زور از شما گرفته شود. کلید بازیابی هنوز گاوصندوق را در هر جایی باز می‌کند.</translation>
    </message>
    <message>
        <source>Bind the passphrase to this computer?</source>
        <translation>رمز عبور به این کمپیوتر بسته شود؟</translation>
    </message>
    <message>
        <source>Your passphrase will open the vault only together with a secret kept in this computer&apos;s own keystore. A copy of the vault taken from this laptop (a snapshot, a disk image, a cloud copy) then does not open with your passphrase alone.

Keep your recovery key safe: if this computer&apos;s keystore is reset, or you restore a backup on another computer, only the recovery key opens the vault there (then set your passphrase again). Copies made before now are not bound: re-key afterwards to make them useless. The duress passphrase keeps working as before.</source>
        <translation>رمز عبور شما گاوصندوق را فقط همراه با رازی باز می‌کند که در مخزن کلید خود این کمپیوتر نگه داشته می‌شود. آنگاه کاپی گاوصندوق که از این لپ‌تاپ گرفته شود (یک عکس محلی، یک ایمیج دیسک، یک کاپی ابری) تنها با رمز عبور شما باز نمی‌شود.

کلید بازیابی خود را امن نگه دارید: اگر مخزن کلید این کمپیوتر بازنشانی شود، یا نسخهٔ پشتیبان را در کمپیوتر دیگری بازگردانید، آنجا فقط کلید بازیابی گاوصندوق را باز می‌کند (سپس رمز عبور را دوباره تعیین کنید). کاپی‌هایی که پیش از این گرفته شده‌اند بسته نیستند: پس از این کار، تعویض کلید گاوصندوق کنید تا بی‌فایده شوند. رمز عبور زیر فشار مانند پیش کار می‌کند.</translation>
    </message>
    <message>
        <source>Bind to this computer</source>
        <translation>بستن به این کمپیوتر</translation>
    </message>
    <message>
        <source>Your passphrase now works only together with this computer&apos;s keystore. Re-key to make copies taken before now useless.</source>
        <translation>رمز عبور شما اکنون فقط همراه با مخزن کلید این کمپیوتر کار می‌کند. برای بی‌فایده کردن کاپی‌هایی که پیش از این گرفته شده‌اند، تعویض کلید گاوصندوق کنید.</translation>
    </message>
    <message>
        <source>Your passphrase alone opens the vault again.</source>
        <translation>اکنون دوباره رمز عبور شما به تنهایی گاوصندوق را باز می‌کند.</translation>
    </message>
    <message>
        <source>This computer has no keystore Amanat can trust, so the passphrase cannot be bound to it. Nothing was changed.</source>
        <translation>این کمپیوتر مخزن کلیدی ندارد که امانت به آن اعتماد کند، بنابراین رمز عبور را نمی‌توان به آن بست. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>{0} — out of date</source>
        <translation>{0} — به‌روز نیست</translation>
    </message>
    <message>
        <source>Out of date: the {0} version changed this section since it was last marked updated</source>
        <translation>به‌روز نیست: برگردان {0} این بخش را پس از آخرین ثبت به‌روز بودن تغییر داده است</translation>
    </message>
</context>
<context>
    <name>DraftLabels</name>
    <message>
        <source>Blank</source>
        <translation>خالی</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>تحلیل SWOT</translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation>یادداشت مفهومی</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>پلان عمل</translation>
    </message>
    <message>
        <source>UN communication</source>
        <translation>مکاتبه با سازمان ملل</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>یادداشت‌های جلسه</translation>
    </message>
    <message>
        <source>A blank draft: one section of free text</source>
        <translation>پیش‌نویس خالی: یک بخش متن آزاد</translation>
    </message>
    <message>
        <source>SWOT analysis: strengths, weaknesses, opportunities and threats</source>
        <translation>تحلیل SWOT: نقاط قوت، نقاط ضعف، فرصت‌ها و تهدیدها</translation>
    </message>
    <message>
        <source>Concept note: background, objectives, activities, expected outcomes, risks</source>
        <translation>یادداشت مفهومی: پیشینه، اهداف، فعالیت‌ها، نتایج مورد انتظار، خطرها</translation>
    </message>
    <message>
        <source>Action plan: who does what by when</source>
        <translation>پلان عمل: چه کسی، چه کاری، تا چه وقت</translation>
    </message>
    <message>
        <source>Communication to the UN Special Procedures (Special Rapporteurs)</source>
        <translation>مکاتبه با رویه‌های ویژهٔ سازمان ملل (گزارشگران ویژه)</translation>
    </message>
    <message>
        <source>Meeting notes: date, place, participants, agenda, discussion, decisions, action items</source>
        <translation>یادداشت‌های جلسه: تاریخ، مکان، شرکت‌کنندگان، آجندا، گفت‌وگو، تصمیم‌ها، کارهای پیگیری</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Status of a strategy draft: still being written</extracomment>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در حال بازبینی</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>Status of a strategy draft: finished and agreed</extracomment>
        <translation>نهایی</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>نقاط قوت</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>نقاط ضعف</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>تهدیدها</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>پیشینه</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <source>Risks and how to reduce them</source>
        <translation>خطرها و راه‌های کاهش آن‌ها</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Alleged victims</source>
        <translation>قربانیان ادعایی</translation>
    </message>
    <message>
        <source>Alleged perpetrators</source>
        <translation>عاملان ادعایی</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>تاریخ و مکان</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <translation>شرح وقایع</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>راه‌های جبران داخلی</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>آجندا</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>گفت‌وگو</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>تصمیم‌ها</translation>
    </message>
    <message>
        <source>Inside the group: what works well.</source>
        <translation>درون گروه: آنچه خوب کار می‌کند.</translation>
    </message>
    <message>
        <source>Inside the group: what holds you back.</source>
        <translation>درون گروه: آنچه شما را عقب نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Outside: openings you could use.</source>
        <translation>بیرون: فرصت‌هایی که می‌توانید از آن‌ها استفاده کنید.</translation>
    </message>
    <message>
        <source>Outside: what could harm the work or people.</source>
        <translation>بیرون: آنچه می‌تواند به کار یا به افراد آسیب برساند.</translation>
    </message>
    <message>
        <source>The situation, and why this work is needed now.</source>
        <translation>وضعیت موجود، و اینکه چرا این کار همین حالا لازم است.</translation>
    </message>
    <message>
        <source>What will be different when this succeeds.</source>
        <translation>وقتی این کار موفق شود، چه چیزی تغییر می‌کند.</translation>
    </message>
    <message>
        <source>What you will do, who does it, and when.</source>
        <translation>چه کاری انجام می‌دهید، چه کسی آن را انجام می‌دهد، و چه وقت.</translation>
    </message>
    <message>
        <source>Concrete results someone could check.</source>
        <translation>نتایج مشخصی که دیگران بتوانند بررسی کنند.</translation>
    </message>
    <message>
        <source>What could go wrong for the people and the work, and how you will reduce it.</source>
        <translation>چه چیزی ممکن است برای افراد و برای کار بد پیش برود، و چگونه خطر آن را کم می‌کنید.</translation>
    </message>
    <message>
        <source>The goal of this plan in a few sentences.</source>
        <translation>هدف این برنامه در چند جمله.</translation>
    </message>
    <message>
        <source>Names (or initials, without consent to disclose), sex, age, occupation, home.</source>
        <translation>نام‌ها (یا حروف اول نام، اگر رضایت به افشای نام نیست)، جنسیت، سن، شغل، محل سکونت.</translation>
    </message>
    <message>
        <source>Who is believed responsible (authority, unit or group), and why.</source>
        <translation>گمان می‌رود چه کسی مسئول است (مقام، واحد یا گروه)، و چرا.</translation>
    </message>
    <message>
        <source>When and where it happened.</source>
        <translation>چه وقت و کجا رخ داد.</translation>
    </message>
    <message>
        <source>What happened, in order, and how you know.</source>
        <translation>چه اتفاقی افتاد، به ترتیب، و از کجا می‌دانید.</translation>
    </message>
    <message>
        <source>Complaints made at home and their results, or why none was possible.</source>
        <translation>شکایت‌هایی که در داخل کشور ثبت شده و نتیجهٔ آن‌ها، یا اینکه چرا شکایت ممکن نبود.</translation>
    </message>
    <message>
        <source>Whether the victims or their families agree to this submission and to names being shared.</source>
        <translation>آیا قربانیان یا خانواده‌هایشان با فرستادن این مکاتبه و با در میان گذاشتن نام‌ها موافق‌اند.</translation>
    </message>
    <message>
        <source>One name a line.</source>
        <translation>در هر سطر یک نام.</translation>
    </message>
    <message>
        <source>The points to discuss, in order.</source>
        <translation>موضوعاتی که باید دربارهٔ آن‌ها گفت‌وگو شود، به ترتیب.</translation>
    </message>
    <message>
        <source>What was said, point by point.</source>
        <translation>آنچه گفته شد، موضوع به موضوع.</translation>
    </message>
    <message>
        <source>What the group agreed.</source>
        <translation>آنچه گروه بر آن توافق کرد.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>رمز عبور زیر فشار</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Amanat, type the duress passphrase at the unlock screen instead of yours. It looks like a normal unlock, but it destroys this vault for good and opens a harmless decoy vault in its place. Nothing in the vault folder shows whether a duress passphrase is set. Changing your passphrase turns the duress passphrase off.</source>
        <translation>اگر کسی شما را مجبور کرد امانت را باز کنید، در صفحهٔ باز کردن قفل، به جای رمز عبور خود، رمز عبور زیر فشار را بنویسید. مانند یک باز کردن عادی به نظر می‌رسد، اما این گاوصندوق را برای همیشه از بین می‌برد و یک گاوصندوق ساختگی بی‌خطر را به جای آن باز می‌کند. هیچ چیز در فولدر گاوصندوق نشان نمی‌دهد که رمز عبور زیر فشار تعیین شده است یا نه. تغییر رمز عبور شما، رمز عبور زیر فشار را خاموش می‌کند.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never type the duress passphrase to try it out.&lt;/b&gt; Typed at the unlock screen, even once, it destroys your real vault at once and for good: there is no undo, and only a backup or your group&apos;s copies can bring your content back.</source>
        <translation>&lt;b&gt;رمز عبور زیر فشار را هرگز برای آزمایش ننویسید.&lt;/b&gt; اگر حتی یک بار در صفحهٔ باز کردن قفل نوشته شود، گاوصندوق واقعی شما را همان لحظه و برای همیشه از بین می‌برد: راه برگشتی نیست، و فقط یک نسخهٔ پشتیبان یا کاپی‌های گروه شما می‌تواند محتوای شما را برگرداند.</translation>
    </message>
    <message>
        <source>To fill the decoy safely, never unlock with the duress passphrase: while your real vault is open, use Tools → Fill the decoy… (or, on the command line, your own passphrase and amanat --decoy).</source>
        <translation>برای اینکه گاوصندوق ساختگی را به شکل امن پر کنید، هرگز با رمز عبور زیر فشار قفل را باز نکنید: وقتی گاوصندوق واقعی شما باز است، از «ابزارها ← پر کردن گاوصندوق ساختگی…» استفاده کنید (یا در خط فرمان، رمز عبور خودتان و amanat --decoy).</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>تعیین رمز عبور زیر فشار</translation>
    </message>
    <message>
        <source>Turn off and wipe the decoy</source>
        <translation>خاموش کردن و پاک کردن گاوصندوق ساختگی</translation>
    </message>
    <message>
        <source>Fill the decoy…</source>
        <translation>پر کردن گاوصندوق ساختگی…</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>رمز عبور زیر فشار:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <extracomment>Label of the second field: type the same duress passphrase again</extracomment>
        <translation>تکرار آن:</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>رمز عبور زیر فشار تعیین شده است.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase (a few seconds)…</source>
        <translation>در حال تعیین رمز عبور زیر فشار (چند ثانیه)…</translation>
    </message>
    <message>
        <source>Set. Do not try it out: at the unlock screen it destroys this vault for good. Fill the decoy with harmless content as described above, with your own passphrase.</source>
        <translation>تعیین شد. آن را آزمایش نکنید: در صفحهٔ باز کردن قفل، این گاوصندوق را برای همیشه از بین می‌برد. گاوصندوق ساختگی را همان‌طور که در بالا آمده، با رمز عبور خودتان و با محتوای بی‌خطر پر کنید.</translation>
    </message>
    <message>
        <source>There is no duress passphrase any more.</source>
        <translation>دیگر رمز عبور زیر فشار وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>EntrustDialog</name>
    <message>
        <source>Entrust to colleagues</source>
        <translation>سپردن به همکاران</translation>
    </message>
    <message>
        <source>My vault</source>
        <translation>گاوصندوق من</translation>
    </message>
    <message>
        <source>Shares I hold</source>
        <translation>سهم‌هایی که نزد من است</translation>
    </message>
    <message>
        <source>If you lose your passphrase and your recovery key, colleagues you trust can help you open your vault again. Choose them below and how many of them are needed. Each receives one share, in a bundle only they can open. Fewer shares than needed reveal nothing. Those needed, working together, could open your vault if they also had a copy of its files: choose people who would never do that, and keep your backups away from them.</source>
        <translation>اگر رمز عبور و کلید بازیابی خود را از دست بدهید، همکارانی که به آن‌ها اعتماد دارید می‌توانند کمک کنند گاوصندوق شما دوباره باز شود. آن‌ها را در پایین انتخاب کنید و بگویید چند نفرشان لازم است. هر کدام یک سهم می‌گیرد، در بسته‌ای که فقط خودش می‌تواند باز کند. سهم‌های کمتر از تعداد لازم هیچ چیزی را نشان نمی‌دهند. همان تعداد لازم، اگر با هم کار کنند و نسخه‌ای از فایل‌های گاوصندوق را هم داشته باشند، می‌توانند آن را باز کنند: کسانی را انتخاب کنید که هرگز چنین نکنند، و نسخه‌های پشتیبان را از آن‌ها دور نگه دارید.</translation>
    </message>
    <message>
        <source>Colleagues needed to recover:</source>
        <translation>همکاران لازم برای بازیابی:</translation>
    </message>
    <message>
        <source>Verified colleagues who will hold a share</source>
        <translation>همکاران تصدیق‌شده‌ای که یک سهم را نگه می‌دارند</translation>
    </message>
    <message>
        <source>Make the shares…</source>
        <translation>ساختن سهم‌ها…</translation>
    </message>
    <message>
        <source>Withdraw the set</source>
        <translation>پس گرفتن دسته</translation>
    </message>
    <message>
        <source>Shares that colleagues entrusted to you. They are kept apart from your items. Give one back only through a recovery request, after comparing the safety number with its owner.</source>
        <translation>سهم‌هایی که همکاران به شما سپرده‌اند. این‌ها جدا از موارد شما نگه داشته می‌شوند. یک سهم را فقط از راه یک درخواست بازیابی پس بدهید، آن هم پس از مقایسهٔ شمارهٔ امنیتی با صاحب آن.</translation>
    </message>
    <message>
        <source>Answer a recovery request…</source>
        <translation>پاسخ به یک درخواست بازیابی…</translation>
    </message>
    <message>
        <source>Recovery shares I hold for others</source>
        <translation>سهم‌های بازیابی‌ای که برای دیگران نگه می‌دارم</translation>
    </message>
    <message>
        <source>Your vault is not entrusted to colleagues.</source>
        <translation>گاوصندوق شما به همکاران سپرده نشده است.</translation>
    </message>
    <message>
        <source>Your vault is entrusted to {0} (set of {1}, {2} of {3}).</source>
        <translation>گاوصندوق شما به {0} سپرده شده است (دستهٔ {1}، {2} از {3}).</translation>
    </message>
    <message>
        <source>Replaced: set of {0}, held by {1}; its shares no longer open the vault.</source>
        <translation>جایگزین‌شده: دستهٔ {0}، نزد {1}؛ سهم‌های آن دیگر گاوصندوق را باز نمی‌کنند.</translation>
    </message>
    <message>
        <source>{0} · {1} (not verified: compare safety numbers first)</source>
        <translation>{0} · {1} (تصدیق‌نشده: اول شماره‌های امنیتی را مقایسه کنید)</translation>
    </message>
    <message>
        <source>{0} (set of {1}, {2} of {3})</source>
        <translation>{0} (دستهٔ {1}، {2} از {3})</translation>
    </message>
    <message>
        <source>You hold no recovery shares for others.</source>
        <translation>هیچ سهم بازیابی‌ای از دیگران نزد شما نیست.</translation>
    </message>
    <message>
        <source>Where to put the shares&apos; bundle files</source>
        <translation>بسته‌های سهم‌ها کجا گذاشته شوند</translation>
    </message>
    <message>
        <source>Made. Give each colleague their own file (it opens only for them), like any bundle. Any older set no longer opens the vault.</source>
        <translation>ساخته شد. فایل هر همکار را، مثل هر بستهٔ دیگر، به خودش بدهید (فقط برای خودش باز می‌شود). هیچ دستهٔ کهنه‌تری دیگر گاوصندوق را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>Withdraw the set? No colleague&apos;s share will open your vault any more, until you make a new set.</source>
        <translation>دسته پس گرفته شود؟ تا وقتی یک دستهٔ تازه نسازید، سهم هیچ همکاری دیگر گاوصندوق شما را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>The set is withdrawn: no shares open your vault any more.</source>
        <translation>دسته پس گرفته شد: دیگر هیچ سهمی گاوصندوق شما را باز نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>EntrustEntry</name>
    <message>
        <source>&amp;Entrust to colleagues…</source>
        <translation>&amp;سپردن به همکاران…</translation>
    </message>
    <message>
        <source>Your vault is open again with your new passphrase. Your colleagues&apos; shares have been used: make a new set soon in Tools → Entrust to colleagues… (the old shares then stop working).</source>
        <translation>گاوصندوق شما با رمز عبور تازه دوباره باز است. سهم‌های همکارانتان به کار رفته است: به زودی در ابزارها ← سپردن به همکاران… یک دستهٔ تازه بسازید (آن وقت سهم‌های کهنه دیگر کار نمی‌کنند).</translation>
    </message>
</context>
<context>
    <name>EntrustText</name>
    <message>
        <source>This is an answer to a recovery request. Open it on the computer that made the request, with Recover with my colleagues.</source>
        <translation>این پاسخی به یک درخواست بازیابی است. آن را روی کمپیوتری که درخواست را ساخته است، با «بازیابی با کمک همکارانم» باز کنید.</translation>
    </message>
    <message>
        <source>This recovery share was not made by Amanat. Nothing was changed.</source>
        <translation>این سهم بازیابی را امانت نساخته است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>This recovery share comes from someone you have not verified. Compare safety numbers with them first, then import it again. Nothing was changed.</source>
        <translation>این سهم بازیابی از کسی آمده که او را تصدیق نکرده‌اید. اول شماره‌های امنیتی را با او مقایسه کنید، بعد دوباره آن را وارد کنید. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The sender&apos;s keys are not the ones you verified. Nothing was changed.</source>
        <translation>کلیدهای فرستنده همان‌هایی نیستند که تصدیق کرده‌اید. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>You already hold a share of a newer set from this person; this one was replaced.</source>
        <translation>سهمی از یک دستهٔ تازه‌تر از این شخص از قبل نزد شماست؛ این یکی جایگزین شده است.</translation>
    </message>
    <message>
        <source>This recovery request has expired. Ask for a new one.</source>
        <translation>این درخواست بازیابی منقضی شده است. یک درخواست تازه بخواهید.</translation>
    </message>
    <message>
        <source>This recovery request is dated in the future. Check this computer&apos;s clock.</source>
        <translation>تاریخ این درخواست بازیابی در آینده است. ساعت این کمپیوتر را بررسی کنید.</translation>
    </message>
    <message>
        <source>This request asks for a set of shares that was replaced. Your share belongs to the newer set and cannot open this old copy of the vault.</source>
        <translation>این درخواست سهم‌های دسته‌ای را می‌خواهد که جایگزین شده است. سهم شما از دستهٔ تازه‌تر است و این نسخهٔ کهنهٔ گاوصندوق را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>You hold no recovery share for this request. It may come from someone pretending to be a colleague.</source>
        <translation>هیچ سهم بازیابی‌ای برای این درخواست نزد شما نیست. شاید از کسی باشد که خود را همکار جا می‌زند.</translation>
    </message>
    <message>
        <source>The safety number is not this request&apos;s. Do not send your share.</source>
        <translation>این شمارهٔ امنیتی مال این درخواست نیست. سهم خود را نفرستید.</translation>
    </message>
    <message>
        <source>This vault was not entrusted to colleagues (or its set was withdrawn).</source>
        <translation>این گاوصندوق به همکاران سپرده نشده است (یا دستهٔ آن پس گرفته شده است).</translation>
    </message>
    <message>
        <source>This answer was not made for this recovery request (it is for an older request, or someone else&apos;s). Nothing was added.</source>
        <translation>این پاسخ برای این درخواست بازیابی ساخته نشده است (مال یک درخواست کهنه‌تر است، یا مال کس دیگری). هیچ چیز افزوده نشد.</translation>
    </message>
    <message>
        <source>This file is not an answer to a recovery request. Nothing was added.</source>
        <translation>این فایل پاسخی به یک درخواست بازیابی نیست. هیچ چیز افزوده نشد.</translation>
    </message>
    <message>
        <source>This share belongs to another vault. Nothing was added.</source>
        <translation>این سهم مال یک گاوصندوق دیگر است. هیچ چیز افزوده نشد.</translation>
    </message>
    <message>
        <source>This share belongs to an older set of shares, which was replaced: it no longer opens the vault. Nothing was added.</source>
        <translation>این سهم مال دستهٔ کهنه‌تری از سهم‌هاست که جایگزین شده است: دیگر گاوصندوق را باز نمی‌کند. هیچ چیز افزوده نشد.</translation>
    </message>
    <message>
        <source>This share is not one of this vault&apos;s shares: it was forged or damaged. Nothing was added.</source>
        <translation>این سهم یکی از سهم‌های این گاوصندوق نیست: جعلی یا خراب است. هیچ چیز افزوده نشد.</translation>
    </message>
    <message>
        <source>This colleague&apos;s share was added already. Nothing changed.</source>
        <translation>سهم این همکار قبلاً افزوده شده است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>No recovery is under way here. Make a recovery request first.</source>
        <translation>اینجا هیچ بازیابی‌ای در جریان نیست. اول یک درخواست بازیابی بسازید.</translation>
    </message>
    <message>
        <source>This recovery request has expired. Cancel it, make a new one and send it again.</source>
        <translation>این درخواست بازیابی منقضی شده است. آن را لغو کنید، یک درخواست تازه بسازید و دوباره بفرستید.</translation>
    </message>
    <message>
        <source>Not enough shares have arrived yet. The vault stays locked.</source>
        <translation>هنوز سهم‌های کافی نرسیده است. گاوصندوق قفل می‌ماند.</translation>
    </message>
    <message>
        <source>These shares do not open this vault.</source>
        <translation>این سهم‌ها این گاوصندوق را باز نمی‌کنند.</translation>
    </message>
    <message>
        <source>This recovery share is damaged (a word is wrong or missing). Nothing was added.</source>
        <translation>این سهم بازیابی خراب است (یک کلمه نادرست است یا نیست). هیچ چیز افزوده نشد.</translation>
    </message>
    <message>
        <source>This is not a recovery request, or it was not copied completely.</source>
        <translation>این یک درخواست بازیابی نیست، یا کامل کاپی نشده است.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>رمز عبور نادرست است. زبان کیبورد و Caps Lock را بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Group {0} of the recovery key has a typing mistake. Check it against your paper.</source>
        <translation>بخش {0} کلید بازیابی اشتباه تایپی دارد. آن را با کاغذ خود مقایسه کنید.</translation>
    </message>
    <message>
        <source>A recovery key has eight groups of five letters and digits.</source>
        <translation>کلید بازیابی هشت بخش پنج‌تایی از حروف و ارقام دارد.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault.</source>
        <translation>این کلید بازیابی این گاوصندوق را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>This was made by a newer version of Amanat. Update Amanat to open it.</source>
        <translation>این با نسخهٔ جدیدتر امانت ساخته شده است. برای باز کردن آن، امانت را به‌روز کنید.</translation>
    </message>
    <message>
        <source>This file is damaged or has been changed, so Amanat will not use it. Nothing was changed.</source>
        <translation>این فایل خراب است یا تغییر داده شده، بنابراین امانت از آن استفاده نمی‌کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The vault is open in another Amanat window. Close it there first.</source>
        <translation>گاوصندوق در پنجرهٔ دیگری از امانت باز است. اول آن را در آنجا ببندید.</translation>
    </message>
    <message>
        <source>There is already a vault there. Nothing was changed.</source>
        <translation>در آنجا از قبل یک گاوصندوق وجود دارد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your passphrase works only together with the keystore of the computer it is bound to, and Amanat cannot get its secret here (another computer or account, a reset or locked keystore, or an old copy of the vault). If the system keystore is locked, unlock it and try again; otherwise open the vault with your recovery key and set your passphrase again.</source>
        <translation>رمز عبور شما فقط همراه با مخزن کلید کمپیوتری کار می‌کند که به آن بسته است، و امانت اینجا به راز آن دسترسی ندارد (کمپیوتر یا حساب کاربری دیگر، مخزن کلیدی که از نو ساخته یا قفل شده، یا کاپی کهنهٔ گاوصندوق). اگر مخزن کلید سیستم قفل است، آن را باز کنید و دوباره کوشش کنید؛ در غیر آن، گاوصندوق را با کلید بازیابی باز کنید و رمز عبور را دوباره تعیین کنید.</translation>
    </message>
    <message>
        <source>This computer has no safe keychain, so Amanat will not remember the vault here.</source>
        <translation>این کمپیوتر جای امنی برای نگهداری کلیدها ندارد، بنابراین امانت گاوصندوق را در اینجا به خاطر نمی‌سپارد.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>این مورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation>ذخیره ممکن نیست: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing secret was written anywhere.</source>
        <translation>مشکلی پیش آمد ({0}). هیچ چیز محرمانه‌ای در جایی نوشته نشد.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you. Nothing was changed.</source>
        <translation>این بسته برای شما فرستاده نشده است. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This bundle was passed on to you by someone its sender did not send it to. It was refused; nothing was changed.</source>
        <translation>این بسته را کسی به شما رسانده که فرستندهٔ بسته آن را برایش نفرستاده بود. بسته رد شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match its sender: it was changed or forged. It was refused; nothing was changed.</source>
        <translation>امضای این بسته با فرستندهٔ آن مطابقت ندارد: بسته تغییر داده شده یا جعلی است. بسته رد شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This bundle is larger than Amanat accepts. Nothing was changed.</source>
        <translation>این بسته بزرگ‌تر از حدی است که امانت می‌پذیرد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This bundle was refused: {0}. Nothing was changed.</source>
        <translation>این بسته رد شد: {0}. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The drive is full. Free some space or use another drive; nothing was written.</source>
        <translation>درایو پر است. مقداری جا خالی کنید یا از درایو دیگری استفاده کنید؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>The drive is read-only (check its lock switch) or you may not write to it.</source>
        <translation>درایو فقط خواندنی است (کلید قفل آن را بررسی کنید) یا شما اجازهٔ نوشتن روی آن را ندارید.</translation>
    </message>
    <message>
        <source>The drive or folder is not there any more.</source>
        <translation>درایو یا فولدر دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>USB stick</source>
        <translation>فلش USB</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>جستجوی دوباره</translation>
    </message>
    <message>
        <source>Sync with this drive</source>
        <translation>همگام‌سازی با این درایو</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>فولدر دیگر…</translation>
    </message>
    <message>
        <source>A drive Amanat did not find, or a shared folder</source>
        <translation>درایوی که امانت پیدا نکرد، یا یک فولدر مشترک</translation>
    </message>
    <message>
        <source>Remove the bundles I import from the drive</source>
        <translation>بسته‌هایی را که وارد می‌کنم از درایو حذف کن</translation>
    </message>
    <message>
        <source>Files, e-mail and text</source>
        <translation>فایل، ایمیل و متن</translation>
    </message>
    <message>
        <source>Save bundles to a folder…</source>
        <translation>ذخیرهٔ بسته‌ها در یک فولدر…</translation>
    </message>
    <message>
        <source>Open bundle files…</source>
        <translation>باز کردن فایل‌های بسته…</translation>
    </message>
    <message>
        <source>Write e-mail drafts…</source>
        <translation>نوشتن پیش‌نویس ایمیل…</translation>
    </message>
    <message>
        <source>Import e-mails (.eml, .mbox)…</source>
        <translation>وارد کردن ایمیل‌ها (.eml، .mbox)…</translation>
    </message>
    <message>
        <source>Paste a bundle as text…</source>
        <translation>چسپاندن بسته به شکل متن…</translation>
    </message>
    <message>
        <source>Send everything (full resync)</source>
        <translation>فرستادن همه‌چیز (همگام‌سازی کامل از نو)</translation>
    </message>
    <message>
        <source>Writes your groups&apos; changes to the drive and reads the bundles there that are addressed to you. File names on the drive reveal nothing.</source>
        <translation>تغییرات گروه‌های شما را روی درایو می‌نویسد و بسته‌هایی را که در آنجا برای شما فرستاده شده‌اند می‌خواند. نام فایل‌ها روی درایو چیزی را فاش نمی‌کند.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>The bundle for the group {0} could not be made: {1}</source>
        <translation>بستهٔ گروه {0} ساخته نشد: {1}</translation>
    </message>
    <message>
        <source>No drive found: plug in a USB stick</source>
        <translation>هیچ درایوی پیدا نشد: یک فلش USB وصل کنید</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>کاری انجام نشد.</translation>
    </message>
    <message>
        <source>The drive or folder to sync with</source>
        <translation>درایو یا فولدری که با آن همگام‌سازی شود</translation>
    </message>
    <message>
        <source>Wrote one bundle to the drive.</source>
        <translation>یک بسته روی درایو نوشته شد.</translation>
    </message>
    <message>
        <source>Wrote {0} bundles to the drive.</source>
        <translation>{0} بسته روی درایو نوشته شد.</translation>
    </message>
    <message>
        <source>Syncing with the drive…</source>
        <translation>در حال همگام‌سازی با درایو…</translation>
    </message>
    <message>
        <source>Where to save the bundles</source>
        <translation>بسته‌ها کجا ذخیره شوند</translation>
    </message>
    <message>
        <source>Saved {0} bundles in {1}.</source>
        <translation>{0} بسته در {1} ذخیره شد.</translation>
    </message>
    <message>
        <source>Saved one bundle in {1}.</source>
        <translation>یک بسته در {1} ذخیره شد.</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>چیز تازه‌ای برای فرستادن نیست.</translation>
    </message>
    <message>
        <source>Sealing bundles…</source>
        <translation>در حال رمزگذاری و مهر کردن بسته‌ها…</translation>
    </message>
    <message>
        <source>Where to save the e-mail drafts</source>
        <translation>پیش‌نویس‌های ایمیل کجا ذخیره شوند</translation>
    </message>
    <message>
        <source>Saved {0} e-mail drafts in {1}. Add the recipients in your mail program and send them; the subject and text say nothing about Amanat.</source>
        <translation>{0} پیش‌نویس ایمیل در {1} ذخیره شد. گیرندگان را در برنامهٔ ایمیل خود اضافه کنید و ایمیل‌ها را بفرستید؛ در موضوع و متن آن‌ها هیچ اشاره‌ای به امانت نیست.</translation>
    </message>
    <message>
        <source>Open bundle files</source>
        <translation>باز کردن فایل‌های بسته</translation>
    </message>
    <message>
        <source>Import e-mails</source>
        <translation>وارد کردن ایمیل‌ها</translation>
    </message>
    <message>
        <source>E-mail files (*.eml *.mbox);;All files (*)</source>
        <translation>فایل‌های ایمیل (*.eml *.mbox);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Checking what arrived…</source>
        <translation>در حال بررسی آنچه رسیده است…</translation>
    </message>
    <message>
        <source>Nothing new for you.</source>
        <translation>چیز تازه‌ای برای شما نیست.</translation>
    </message>
    <message>
        <source>Imported one bundle.</source>
        <translation>یک بسته وارد شد.</translation>
    </message>
    <message>
        <source>Imported {0} bundles.</source>
        <translation>{0} بسته وارد شد.</translation>
    </message>
    <message>
        <source>{0} wait in the quarantine until you verify their senders.</source>
        <translation>{0} بسته تا زمانی که فرستندگانشان را تصدیق کنید، در قرنطین می‌ماند.</translation>
    </message>
    <message>
        <source>The quarantine was full: {0} older bundles were deleted from it.</source>
        <translation>قرنطین پر بود: {0} بستهٔ قدیمی‌تر از آن حذف شد.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>سند Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>متن OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>مارک‌داون (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحهٔ وب (*.html)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>«{0}» ({1}, {2})</source>
        <translation>«{0}» ({1}، {2})</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>کارهای پیگیری</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>تاریخ: {0}</translation>
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
        <translation>مکان: {0}</translation>
    </message>
    <message>
        <source>Qt could not write the OpenDocument file.</source>
        <translation>نوشتن فایل OpenDocument با Qt ممکن نشد.</translation>
    </message>
    <message>
        <source>Unknown export format {0}.</source>
        <translation>نوع خروجی ناشناخته: {0}.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <source>Sealed to {0}: open it with the age tool and the passphrase.</source>
        <translation>رمزگذاری و مهر شد در {0}: آن را با ابزار age و رمز عبور باز کنید.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>در حال رمزگذاری و مهر کردن…</translation>
    </message>
    <message>
        <source>Export redacted</source>
        <translation>خروجی گرفتن با نام‌های پوشانده</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>پوشانده</translation>
    </message>
    <message>
        <source>Exported redacted to {0} (not encrypted).</source>
        <translation>خروجی با نام‌های پوشانده در {0} ذخیره شد (رمزگذاری‌نشده).</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>فایل vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>خروجی گرفتن از مخاطبان</translation>
    </message>
    <message>
        <source>{0} contact exported to {1} (not encrypted).</source>
        <translation>{0} مخاطب در {1} ذخیره شد (رمزگذاری‌نشده).</translation>
    </message>
    <message>
        <source>{0} contacts exported to {1} (not encrypted).</source>
        <translation>{0} مخاطب در {1} ذخیره شدند (رمزگذاری‌نشده).</translation>
    </message>
    <message>
        <source>Export note</source>
        <translation>خروجی گرفتن از یادداشت</translation>
    </message>
    <message>
        <source>Exported to {0} (not encrypted).</source>
        <translation>خروجی در {0} ذخیره شد (رمزگذاری‌نشده).</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>New group…</source>
        <translation>گروه جدید…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>افزودن عضو…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>حذف عضو</translation>
    </message>
    <message>
        <source>Shared with this group</source>
        <translation>شریک‌شده با این گروه</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The list of groups of people who share items (not the groups of characters of a key)</extracomment>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source> (you are its admin)</source>
        <translation> (شما مدیر آن هستید)</translation>
    </message>
    <message>
        <source>⚠ This name looks like a group id: go by the id</source>
        <translation>⚠ این نام به شناسهٔ یک گروه می‌ماند: به شناسه نگاه کنید</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>NOT verified by you: bundles you send ask first</source>
        <translation>توسط شما تصدیق‌نشده: پیش از فرستادن بسته از شما پرسیده می‌شود</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>(deleted for good)</source>
        <translation>(برای همیشه حذف شده)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>نام گروه:</translation>
    </message>
    <message>
        <source>Created {0}. Add verified people to it.</source>
        <translation>{0} ساخته شد. افراد تصدیق‌شده را به آن اضافه کنید.</translation>
    </message>
    <message>
        <source>Only verified people can be members: add and verify someone first.</source>
        <translation>فقط افراد تصدیق‌شده می‌توانند عضو باشند: اول کسی را اضافه و تصدیق کنید.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Verified people:</source>
        <translation>افراد تصدیق‌شده:</translation>
    </message>
    <message>
        <source>Added. They receive the group&apos;s items with your next bundle.</source>
        <translation>اضافه شد. این فرد موارد گروه را با بستهٔ بعدی شما دریافت می‌کند.</translation>
    </message>
    <message>
        <source>Removed. They will receive nothing new from this group.</source>
        <translation>حذف شد. این فرد دیگر چیز تازه‌ای از این گروه دریافت نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Revision {0} is the current version.</source>
        <translation>نسخهٔ {0} همان نسخهٔ فعلی است.</translation>
    </message>
    <message>
        <source>Changes from revision {0} to the current version (revision {1})</source>
        <translation>تغییرات از نسخهٔ {0} تا نسخهٔ فعلی (نسخهٔ {1})</translation>
    </message>
    <message>
        <source>No differences: this revision reads the same as the current version.</source>
        <translation>تفاوتی نیست: این نسخه با نسخهٔ فعلی یکسان است.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Column heading: when this version was saved (a time), not a command</extracomment>
        <translation>زمان ذخیره</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از طرف</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>نسخه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Lines marked − (red) are only in the selected revision; lines marked + (green) are only in the current version. Restoring saves the old version as a new revision, so nothing is lost.</source>
        <translation>سطرهایی که علامت − (سرخ) دارند فقط در نسخهٔ انتخاب‌شده هستند؛ سطرهایی که علامت + (سبز) دارند فقط در نسخهٔ فعلی هستند. بازگرداندن، نسخهٔ قدیمی را به عنوان نسخهٔ تازه ذخیره می‌کند، پس چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>بازگرداندن این نسخه</translation>
    </message>
    <message>
        <source>Restore this version (Ctrl+R)</source>
        <translation>بازگرداندن این نسخه (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Your contact card lets group members send you sealed bundles and check that bundles really come from you. Give it to them in person, as a file, or let their phone read the QR code.</source>
        <translation>کارت تماس شما به اعضای گروه امکان می‌دهد برایتان بسته‌های رمزگذاری‌شده بفرستند و بررسی کنند که بسته‌ها واقعاً از طرف شما آمده‌اند. آن را حضوری یا به شکل فایل به آن‌ها بدهید، یا بگذارید تیلیفون‌شان کد QR را بخواند.</translation>
    </message>
    <message>
        <source>Name on your card:</source>
        <translation>نام روی کارت شما:</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>ذخیرهٔ نام</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>شناسه:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>اثر انگشت کلید:</translation>
    </message>
    <message>
        <source>Save card as a file…</source>
        <translation>ذخیرهٔ کارت به شکل فایل…</translation>
    </message>
    <message>
        <source>Copy card as text</source>
        <translation>کاپی کارت به شکل متن</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>کد QR کارت تماس شما</translation>
    </message>
    <message>
        <source>Choose the name on your card (a pseudonym is fine) to make your card.</source>
        <translation>برای ساختن کارت خود، نامی را که روی آن می‌آید انتخاب کنید (نام مستعار هم درست است).</translation>
    </message>
    <message>
        <source>Saved. Cards you give from now on carry this name.</source>
        <translation>ذخیره شد. کارت‌هایی که از این به بعد می‌دهید این نام را دارند.</translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation>ذخیرهٔ کارت تماس شما</translation>
    </message>
    <message>
        <source>Saved your card to {0}.</source>
        <translation>کارت شما در {0} ذخیره شد.</translation>
    </message>
    <message>
        <source>Your card is on the clipboard; paste it into a message.</source>
        <translation>کارت شما در کلیپ‌بورد است؛ آن را در یک پیام بچسپانید.</translation>
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
        <translation>ذخیرهٔ کاپی…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ کاپی</translation>
    </message>
    <message>
        <source>Image: {0}</source>
        <translation>عکس: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>در حال خواندن {0}…</translation>
    </message>
    <message>
        <source>What would come in</source>
        <translation>آنچه وارد خواهد شد</translation>
    </message>
    <message>
        <source>Complete the people already here from their cards</source>
        <translation>مخاطبانی را که از قبل اینجا هستند از روی کارت‌هایشان تکمیل کن</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>{0}: already here as {1}</source>
        <translation>{0}: از قبل اینجاست به نام {1}</translation>
    </message>
    <message>
        <source>{0}: new</source>
        <translation>{0}: تازه</translation>
    </message>
    <message>
        <source>{0}: already here as {1}; completing adds {2}</source>
        <translation>{0}: از قبل اینجاست به نام {1}؛ تکمیل کردن این‌ها را اضافه می‌کند: {2}</translation>
    </message>
    <message>
        <source>Card {0} left out: {1}</source>
        <translation>کارت {0} کنار گذاشته شد: {1}</translation>
    </message>
    <message>
        <source>{0} people in {1}: {2} new, {3} already in this vault. People already here are only completed if you tick the box (nothing of theirs is replaced).</source>
        <translation>{0} نفر در {1}: {2} تازه، {3} از قبل در این گاوصندوق. کسانی که از قبل اینجا هستند فقط اگر خانه را تیک بزنید تکمیل می‌شوند (هیچ چیزی از آن‌ها جایگزین نمی‌شود).</translation>
    </message>
    <message>
        <source>{0} (with {1} attached files)</source>
        <translation>{0} (با {1} فایل ضمیمه)</translation>
    </message>
    <message>
        <source>{0} left out: {1}</source>
        <translation>{0} کنار گذاشته شد: {1}</translation>
    </message>
    <message>
        <source>{0} notes in {1}. Their attached files are stored encrypted; the folder itself is not changed.</source>
        <translation>{0} یادداشت در {1}. فایل‌های ضمیمهٔ آن‌ها رمزگذاری‌شده ذخیره می‌شوند؛ خود فولدر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>{0} cannot come in like this: {1}</source>
        <translation>{0} به این شکل وارد نمی‌شود: {1}</translation>
    </message>
    <message>
        <source>{0} becomes one note. Its images are stored encrypted; the file itself is not changed.</source>
        <translation>{0} یک یادداشت می‌شود. عکس‌های آن رمزگذاری‌شده ذخیره می‌شوند؛ خود فایل تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>{0} becomes one draft: its headings that name a section of the template start that section, the rest stays as text. Its images are stored encrypted; the file itself is not changed.</source>
        <translation>{0} یک پیش‌نویس می‌شود: هر عنوانی از آن که نام بخشی از قالب باشد، آن بخش را آغاز می‌کند و باقی به شکل متن می‌ماند. عکس‌های آن رمزگذاری‌شده ذخیره می‌شوند؛ خود فایل تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>وارد شد: {0}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>As a &amp;note</source>
        <translation>به شکل &amp;یادداشت</translation>
    </message>
    <message>
        <source>As a &amp;draft, its headings the sections of:</source>
        <translation>به شکل &amp;پیش‌نویس، با عنوان‌ها به‌جای بخش‌های این قالب:</translation>
    </message>
    <message>
        <source>Template of the draft</source>
        <translation>قالب پیش‌نویس</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>عنوان: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} paragraphs</source>
        <translation>{0}: {1} بند</translation>
    </message>
    <message>
        <source>{0}: empty</source>
        <translation>{0}: خالی</translation>
    </message>
    <message>
        <source>Actions: {0} rows</source>
        <translation>اقدامات: {0} سطر</translation>
    </message>
    <message>
        <source>{0} paragraphs, lists and tables</source>
        <translation>{0} بند، فهرست و جدول</translation>
    </message>
    <message>
        <source>{0} images, kept as encrypted attached files</source>
        <translation>{0} عکس، به شکل فایل‌های ضمیمهٔ رمزگذاری‌شده</translation>
    </message>
</context>
<context>
    <name>ImportEntry</name>
    <message>
        <source>Import &amp;contacts (.vcf)…</source>
        <translation>وارد کردن &amp;مخاطبان (.vcf)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of notes…</source>
        <translation>وارد کردن یک &amp;فولدر یادداشت…</translation>
    </message>
    <message>
        <source>Import a &amp;Word document (.docx)…</source>
        <translation>وارد کردن یک &amp;سند Word (.docx)…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>وارد کردن مخاطبان</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard)</source>
        <translation>فایل‌های مخاطب (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes</source>
        <translation>وارد کردن یک فولدر یادداشت Markdown یا متنی</translation>
    </message>
    <message>
        <source>Import a Word document</source>
        <translation>وارد کردن یک سند Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>سندهای Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>{0} added</source>
        <translation>{0} مورد اضافه شد</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} مورد تغییر کرد</translation>
    </message>
    <message>
        <source>{0} moved to the trash</source>
        <translation>{0} مورد به سطل زباله منتقل شد</translation>
    </message>
    <message>
        <source>{0} restored</source>
        <translation>{0} مورد بازگردانده شد</translation>
    </message>
    <message>
        <source>{0} unchanged</source>
        <translation>{0} مورد بدون تغییر</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>چیز تازه‌ای نیست</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>بسته‌های دریافت‌شده</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>رد شد: {0}</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>فردی ناشناس</translation>
    </message>
    <message>
        <source>From {0}, who is NOT verified: it will wait in the quarantine until you verify them. Group: {1}</source>
        <translation>از {0}، که هویتش تصدیق نشده است: این بسته تا زمانی که او را تصدیق کنید در قرنطین می‌ماند. گروه: {1}</translation>
    </message>
    <message>
        <source>From {0}: already imported, changes nothing.</source>
        <translation>از {0}: قبلاً وارد شده است و چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>From {0} (verified): a recovery share to hold for them, kept apart from your items (Tools → Entrust to colleagues…).</source>
        <translation>از {0} (تصدیق‌شده): یک سهم بازیابی که برای او نگه می‌دارید، جدا از موارد شما (ابزارها ← سپردن به همکاران…).</translation>
    </message>
    <message>
        <source>From {0} (verified) · group {1}: {2}</source>
        <translation>از {0} (تصدیق‌شده) · گروه {1}: {2}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>و {0} مورد دیگر</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation>بازبینی پیش از وارد کردن</translation>
    </message>
    <message>
        <source>Apply ticked bundles</source>
        <translation>اعمال بسته‌های علامت‌زده</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Bundles for you: {0}.</source>
        <translation>بسته‌ها برای شما: {0}.</translation>
    </message>
    <message>
        <source>{0} addressed to other people (left alone).</source>
        <translation>{0} بسته برای افراد دیگر (دست نخورد).</translation>
    </message>
    <message>
        <source>{0} read before.</source>
        <translation>{0} بسته قبلاً خوانده شده بود.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>{0} کنار گذاشته شد: {1}</translation>
    </message>
</context>
<context>
    <name>ItemEditorSection</name>
    <message>
        <source>Filter…</source>
        <translation>فلتر…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>فلتر کردن فهرست</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;برچسب‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>با کامه از هم جدا کنید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message>
        <source>Delete key in the list</source>
        <translation>کلید Delete در فهرست</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>تاریخچه…</translation>
    </message>
    <message>
        <source>Saved versions, and restoring one ({0})</source>
        <translation>نسخه‌های ذخیره‌شده و بازگرداندن یکی از آن‌ها ({0})</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>شریک کردن…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شریک کردن</translation>
    </message>
    <message>
        <source>Share this item with a group, and see with which groups it is shared</source>
        <translation>این مورد را با یک گروه شریک کنید، و ببینید با کدام گروه‌ها شریک شده است</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>هنوز ذخیره نشده.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>ذخیره نشد: {0}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>خطر زیاد</translation>
    </message>
</context>
<context>
    <name>ItemText</name>
    <message>
        <source>Tags: {0}</source>
        <translation>برچسب‌ها: {0}</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>سنجاق‌شده</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Channel {0}</source>
        <translation>راه تماس {0}</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>راه تماس ترجیحی</translation>
    </message>
    <message>
        <source>Never contact via</source>
        <translation>هرگز از این راه‌ها تماس نگیرید</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>سطح خطر</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>قالب: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>وضعیت: {0}</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
</context>
<context>
    <name>LanguageVersionsBar</name>
    <message>
        <source>Dari</source>
        <translation>دری</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Language versions:</source>
        <translation>برگردان‌ها:</translation>
    </message>
    <message>
        <source>No other language versions</source>
        <translation>برگردان دیگری ندارد</translation>
    </message>
    <message>
        <source>Make a version…</source>
        <translation>ساختن برگردان…</translation>
    </message>
    <message>
        <source>Make a version in another language</source>
        <translation>ساختن برگردان به زبان دیگر</translation>
    </message>
    <message>
        <source>Make a linked Dari, Pashto or English version of this draft</source>
        <translation>ساختن برگردان دری، پښتو یا انگلیسیِ پیوسته به این پیش‌نویس</translation>
    </message>
    <message>
        <source>{0} ({1} out of date)</source>
        <translation>{0} ({1} به‌روز نیست)</translation>
    </message>
    <message>
        <source>{0} version, open</source>
        <translation>برگردان {0}، باز</translation>
    </message>
    <message>
        <source>{0} version</source>
        <translation>برگردان {0}</translation>
    </message>
    <message>
        <source>Out of date: {0} — changed in the {1} version since this one was last marked updated.</source>
        <translation>به‌روز نیست: {0} — پس از آخرین ثبت به‌روز بودن این برگردان، در برگردان {1} تغییر کرده است.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>نمایش تغییرات…</translation>
    </message>
    <message>
        <source>Show what changed in the other versions</source>
        <translation>نمایش آنچه در برگردان‌های دیگر تغییر کرده است</translation>
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
        <translation>&amp;گاوصندوق</translation>
    </message>
    <message>
        <source>G&amp;o</source>
        <translation>&amp;رفتن</translation>
    </message>
    <message>
        <source>Ite&amp;m</source>
        <translation>&amp;مورد</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;کمک</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل کردن</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Panic wipe…</source>
        <translation>&amp;پاک‌سازی اضطراری…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>&amp;رمز عبور زیر فشار…</translation>
    </message>
    <message>
        <source>&amp;Travel mode…</source>
        <translation>حالت &amp;سفر…</translation>
    </message>
    <message>
        <source>Fill the &amp;decoy…</source>
        <translation>پر کردن گاوصندوق &amp;ساختگی…</translation>
    </message>
    <message>
        <source>What Amanat &amp;protects…</source>
        <translation>امانت از چه &amp;محافظت می‌کند…</translation>
    </message>
    <message>
        <source>&amp;About Amanat</source>
        <translation>&amp;دربارهٔ امانت</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>جستجو در &amp;همه‌چیز…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;مخاطبان</translation>
    </message>
    <message>
        <source>St&amp;rategy</source>
        <translation>&amp;استراتیژی</translation>
    </message>
    <message>
        <source>Tr&amp;ash</source>
        <translation>&amp;سطل زباله</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;همگام‌سازی</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;کارها</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچه…</translation>
    </message>
    <message>
        <source>S&amp;hare with a group…</source>
        <translation>&amp;شریک کردن با یک گروه…</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;فلتر کردن فهرست</translation>
    </message>
    <message>
        <source>&amp;Preview (Notes)</source>
        <translation>&amp;پیش‌نمایش (یادداشت‌ها)</translation>
    </message>
    <message>
        <source>Co&amp;mment on the selection</source>
        <translation>&amp;نظر دربارهٔ عبارت انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Export… (Notes, Strategy)</source>
        <translation>&amp;خروجی گرفتن… (یادداشت‌ها، استراتیژی)</translation>
    </message>
    <message>
        <source>&amp;Restore (Trash)</source>
        <translation>&amp;بازگرداندن (سطل زباله)</translation>
    </message>
    <message>
        <source>&amp;Empty the trash… (Trash)</source>
        <translation>خالی کردن &amp;سطل زباله… (سطل زباله)</translation>
    </message>
    <message>
        <source>The duress passphrase is off now: it belonged to the old passphrase. Set it again in Tools → Duress passphrase.</source>
        <translation>رمز عبور زیر فشار اکنون خاموش است: به رمز عبور قبلی تعلق داشت. آن را دوباره در «ابزارها ← رمز عبور زیر فشار…» تعیین کنید.</translation>
    </message>
    <message>
        <source>The decoy vault is larger than 4 MiB, so its file is now larger than that of a vault without a duress passphrase. Remove some of its content (attachments first) to keep it small.</source>
        <translation>گاوصندوق ساختگی از ۴ MiB بزرگ‌تر است، پس فایل آن اکنون از فایل گاوصندوقی که رمز عبور زیر فشار ندارد بزرگ‌تر است. برای کوچک نگه داشتن آن، بخشی از محتوایش را (اول فایل‌های پیوست را) حذف کنید.</translation>
    </message>
</context>
<context>
    <name>MakeVersionDialog</name>
    <message>
        <source>Make a language version</source>
        <translation>ساختن برگردان</translation>
    </message>
    <message>
        <source>The new version is linked to this one: when a section of one changes, the others show it as out of date until someone marks it updated. Shared with a group, the versions travel together.</source>
        <translation>برگردان تازه به این پیش‌نویس پیوسته است: وقتی بخشی از یکی تغییر کند، دیگران آن بخش را به‌روز نیست نشان می‌دهند تا کسی آن را به‌روز ثبت کند. اگر با گروهی شریک شوند، برگردان‌ها با هم فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;This draft is in</source>
        <translation>&amp;این پیش‌نویس به زبان</translation>
    </message>
    <message>
        <source>The language this draft is written in</source>
        <translation>زبانی که این پیش‌نویس به آن نوشته شده است</translation>
    </message>
    <message>
        <source>&amp;New version in</source>
        <translation>&amp;برگردان تازه به زبان</translation>
    </message>
    <message>
        <source>The language of the new version</source>
        <translation>زبان برگردان تازه</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>Title of the new version</source>
        <translation>عنوان برگردان تازه</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>آغاز با</translation>
    </message>
    <message>
        <source>&amp;Empty sections</source>
        <translation>&amp;بخش‌های خالی</translation>
    </message>
    <message>
        <source>A &amp;copy of this text, to translate over</source>
        <translation>&amp;کاپی این متن، برای ترجمه روی آن</translation>
    </message>
    <message>
        <source>Make the version</source>
        <translation>ساختن برگردان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>a plan not here</source>
        <translation>پلانی که این‌جا نیست</translation>
    </message>
    <message>
        <source>No group yet: type the names</source>
        <translation>هنوز گروهی نیست: نام‌ها را بنویسید</translation>
    </message>
    <message>
        <source>Everyone in {0}</source>
        <translation>همهٔ اعضای {0}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>Tick to give the meeting a date</source>
        <translation>برای دادن تاریخ به جلسه، این را نشانی کنید</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>تاریخ جلسه</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;مکان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>City, building or room</source>
        <translation>شهر، ساختمان یا اتاق</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>آ&amp;نلاین</translation>
    </message>
    <message>
        <source>The meeting was held online (the place may name the platform)</source>
        <translation>جلسه آنلاین برگزار شد (در جای مکان می‌توانید نام پلتفرم را بنویسید)</translation>
    </message>
    <message>
        <source>Add from a group…</source>
        <translation>افزودن از یک گروه…</translation>
    </message>
    <message>
        <source>Add participants from a group</source>
        <translation>افزودن شرکت‌کنندگان از یک گروه</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>کارهای پیگیری</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>فرستاده شده به</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>افزودن کار</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>حذف کار</translation>
    </message>
    <message>
        <source>Send to an action plan…</source>
        <translation>فرستادن به پلان عمل…</translation>
    </message>
    <message>
        <source>Add these action items to an action plan, each linked to this meeting</source>
        <translation>این کارها را به یک پلان عمل بیفزایید؛ هر کدام به این جلسه پیوند می‌ماند</translation>
    </message>
    <message>
        <source>Open in the plan</source>
        <translation>باز کردن در پلان</translation>
    </message>
    <message>
        <source>Show the plan row this item was sent to</source>
        <translation>ردیفی از پلان را که این کار به آن فرستاده شد نشان بده</translation>
    </message>
    <message>
        <source>Insert adds an item · Ctrl+Delete removes it</source>
        <translation>با Insert یک کار افزوده می‌شود · با Ctrl+Delete حذف می‌شود</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Added one item to {1}.</source>
        <translation>یک کار به {1} افزوده شد.</translation>
    </message>
    <message>
        <source>Added {0} items to {1}.</source>
        <translation>{0} کار به {1} افزوده شد.</translation>
    </message>
    <message>
        <source>Brought one item up to date.</source>
        <translation>یک کار به‌روز شد.</translation>
    </message>
    <message>
        <source>Brought {0} items up to date.</source>
        <translation>{0} کار به‌روز شد.</translation>
    </message>
    <message>
        <source>One was there already.</source>
        <translation>یکی از پیش آن‌جا بود.</translation>
    </message>
    <message>
        <source>{0} were there already.</source>
        <translation>{0} کار از پیش آن‌جا بود.</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translation>پیش‌نویس جدید</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;قالب</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>The template&apos;s name if left empty</source>
        <translation>اگر خالی بماند، نام قالب گذاشته می‌شود</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>ساختن پیش‌نویس</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Filter notes (Ctrl+F)</source>
        <translation>فلتر یادداشت‌ها (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>فلتر یادداشت‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Save the note as PDF, Word, OpenDocument, Markdown or HTML (Ctrl+Shift+E)</source>
        <translation>ذخیرهٔ یادداشت به‌صورت PDF، Word، OpenDocument، Markdown یا HTML ‏(Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export redacted…</source>
        <translation>خروجی گرفتن با نام‌های پوشانده…</translation>
    </message>
    <message>
        <source>Export redacted</source>
        <translation>خروجی گرفتن با نام‌های پوشانده</translation>
    </message>
    <message>
        <source>Replace names and places by pseudonyms (Person A, Province 1) for a UN mandate, a donor or the press; you check every replacement first</source>
        <translation>نام‌ها و مکان‌ها با نام‌های مستعار (شخص الف، ولایت ۱) جایگزین می‌شوند، برای سازمان ملل، تمویل‌کننده یا رسانه‌ها؛ شما نخست هر جایگزینی را بررسی می‌کنید</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>یادداشت جدید</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>یادداشت جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Pin to the top of the list</source>
        <translation>سنجاق کردن در بالای فهرست</translation>
    </message>
    <message>
        <source>Pinned notes stay at the top of the list.</source>
        <translation>یادداشت‌های سنجاق‌شده در بالای فهرست می‌مانند.</translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, *italic*, **bold**, - list.</source>
        <translation>اینجا بنویسید. مارک‌داون کار می‌کند: # عنوان، *کج*، **پررنگ**، - فهرست.</translation>
    </message>
    <message>
        <source>Text of the note, in Markdown</source>
        <translation>متن یادداشت، به مارک‌داون</translation>
    </message>
    <message>
        <source>Preview of the note</source>
        <translation>پیش‌نمایش یادداشت</translation>
    </message>
    <message>
        <source>Note views</source>
        <translation>حالت‌های نمایش یادداشت</translation>
    </message>
    <message>
        <source>Save (Ctrl+S). Notes are also saved when you switch away.</source>
        <translation>ذخیره (Ctrl+S). یادداشت‌ها وقتی به جای دیگری بروید هم ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>Switch between writing and preview</source>
        <translation>جابه‌جایی میان نوشتن و پیش‌نمایش</translation>
    </message>
    <message>
        <source>Comment on the selected passage</source>
        <translation>نظر دربارهٔ عبارت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Preview (Ctrl+Shift+P)</source>
        <translation>پیش‌نمایش (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ضمیمه‌ها</translation>
    </message>
    <message>
        <source>Attachments ({0})</source>
        <translation>ضمیمه‌ها ({0})</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>سنجاق‌شده</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>سنجاق کردن</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>هنوز یادداشتی نیست</translation>
    </message>
    <message>
        <source>Write down what matters: notes are encrypted in this vault, and Markdown works.</source>
        <translation>آنچه مهم است را بنویسید: یادداشت‌ها در این گاوصندوق رمزگذاری‌شده هستند و مارک‌داون کار می‌کند.</translation>
    </message>
    <message>
        <source>No note is open</source>
        <translation>هیچ یادداشتی باز نیست</translation>
    </message>
    <message>
        <source>Choose one from the list, or press Ctrl+N to write a new one.</source>
        <translation>یکی را از فهرست انتخاب کنید، یا برای نوشتن یادداشت تازه Ctrl+N را فشار دهید.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>یادداشت بی‌عنوان</translation>
    </message>
</context>
<context>
    <name>PanicWipeDialog</name>
    <message>
        <source>Panic wipe</source>
        <translation>پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer for good: first its keys, so nothing in it can be read any more, then its files. It takes less than a second. There is no undo; only a backup or your group&apos;s copies can bring the content back.</source>
        <translation>این کار گاوصندوق را روی این کمپیوتر برای همیشه نابود می‌کند: اول کلیدهای آن را، تا دیگر هیچ چیزی در آن خوانده نشود، سپس فایل‌هایش را. این کار کمتر از یک ثانیه طول می‌کشد. راه برگشتی وجود ندارد؛ فقط یک نسخهٔ پشتیبان یا کاپی‌هایی که نزد گروه شماست می‌تواند محتوا را بازگرداند.</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>همین حالا پاک کن</translation>
    </message>
    <message>
        <source>A key file is held open by another program and could not be destroyed. Close other programs (a backup or antivirus program, another Amanat) and wipe again.</source>
        <translation>یک فایل کلید توسط برنامهٔ دیگری باز نگه داشته شده و از بین برده نشد. برنامه‌های دیگر (یک برنامهٔ پشتیبان‌گیری یا ضد ویروس، امانتِ دیگری) را ببندید و دوباره پاک‌سازی اضطراری کنید.</translation>
    </message>
    <message>
        <source>The keys are destroyed: nothing in the vault can be read any more. {count} file(s) are held open by another program and remain, encrypted; close other programs and delete them:</source>
        <translation>کلیدها از بین رفتند: دیگر هیچ چیز گاوصندوق خوانده نمی‌شود. {count} فایل توسط برنامهٔ دیگری باز نگه داشته شده‌اند و رمزگذاری‌شده باقی مانده‌اند؛ برنامه‌های دیگر را ببندید و آن‌ها را حذف کنید:</translation>
    </message>
</context>
<context>
    <name>PassphraseTaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed. Check the keyboard language (Dari, Pashto or English) and Caps Lock, and try again.</source>
        <translation>این رمز عبور فعلی شما نیست. چیزی تغییر نکرد. زبان کیبورد (دری، پشتو یا انگلیسی) و Caps Lock را بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
</context>
<context>
    <name>PasteBundleDialog</name>
    <message>
        <source>Paste a bundle</source>
        <translation>چسپاندن بسته</translation>
    </message>
    <message>
        <source>Paste the text from BEGIN AGE ENCRYPTED FILE to its END line:</source>
        <translation>متن را از BEGIN AGE ENCRYPTED FILE تا سطر END آن اینجا بچسپانید:</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <source>Paste the contact card (the block from BEGIN to END):</source>
        <translation>کارت تماس را اینجا بچسپانید (بخش از BEGIN تا END):</translation>
    </message>
    <message>
        <source>Paste a contact card</source>
        <translation>چسپاندن کارت تماس</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <source>Add a card from a file…</source>
        <translation>افزودن کارت از فایل…</translation>
    </message>
    <message>
        <source>Paste a card…</source>
        <translation>چسپاندن کارت…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>تصدیق…</translation>
    </message>
    <message>
        <source>Withdraw trust…</source>
        <translation>پس گرفتن اعتماد…</translation>
    </message>
    <message>
        <source>For keys you no longer trust: a lost or seized laptop, or new keys</source>
        <translation>برای کلیدهایی که دیگر به آن‌ها اعتماد ندارید: لپ‌تاپ گم‌شده یا ضبط‌شده، یا کلیدهای تازه</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Add a contact card</source>
        <translation>افزودن کارت تماس</translation>
    </message>
    <message>
        <source>This is not a contact card Amanat can use.</source>
        <translation>این کارت تماسی نیست که امانت بتواند از آن استفاده کند.</translation>
    </message>
    <message>
        <source>Added {0} ({1}) as someone new: these are OTHER KEYS than the {0} you verified, who stays as they were. New laptop or impostor? Compare safety numbers before trusting them.</source>
        <translation>{0} ({1}) به عنوان فردی تازه افزوده شد: این کلیدها با کلیدهای {0} که تصدیق کرده‌اید فرق دارد؛ آن فرد همان‌طور که بود می‌ماند. لپ‌تاپ تازه یا کسی که خود را جای او جا می‌زند؟ پیش از اعتماد، شمارهٔ امنیتی را مقایسه کنید.</translation>
    </message>
    <message>
        <source>Added {0} ({1}). Their name looks like someone else&apos;s: tell them apart by their ids.</source>
        <translation>{0} ({1}) افزوده شد. نام او به نام فرد دیگری می‌ماند: آن‌ها را با شناسه‌هایشان از هم جدا کنید.</translation>
    </message>
    <message>
        <source>{0} ({1}) now calls themselves {2}.</source>
        <translation>{0} ({1}) اکنون خود را {2} می‌نامد.</translation>
    </message>
    <message>
        <source>{0} was already among your people.</source>
        <translation>{0} از قبل در میان افراد شما بود.</translation>
    </message>
    <message>
        <source>Added {0}. Now compare safety numbers to verify them.</source>
        <translation>{0} اضافه شد. اکنون برای تصدیق، شماره‌های امنیتی را با هم مقایسه کنید.</translation>
    </message>
    <message>
        <source>Withdraw trust</source>
        <translation>پس گرفتن اعتماد</translation>
    </message>
    <message>
        <source>Stop trusting the keys of {0} ({1})? Their bundles will wait in the quarantine, and Amanat will ask before sealing anything for them, until you compare safety numbers again.</source>
        <translation>دیگر به کلیدهای {0} ({1}) اعتماد نشود؟ تا وقتی که شمارهٔ امنیتی را دوباره مقایسه کنید، بسته‌های او در قرنطین می‌مانند و امانت پیش از رمزگذاری و مهر کردن هر چیزی برای او از شما می‌پرسد.</translation>
    </message>
    <message>
        <source>{0} ({1}) is no longer trusted.</source>
        <translation>دیگر به {0} ({1}) اعتماد نمی‌شود.</translation>
    </message>
    <message>
        <source>{0} is verified.</source>
        <translation>{0} تصدیق شد.</translation>
    </message>
</context>
<context>
    <name>PlaintextExportWarning</name>
    <message>
        <source>This file will not be encrypted</source>
        <translation>این فایل رمزگذاری نمی‌شود</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it: on this laptop, on a USB stick, in a cloud drive or in an e-mail. Desktop search may copy its words into an index that stays after the file is deleted.

If it is going to a partner, seal it with a passphrase instead: they open it with the free age tool (age -d), and you tell them the passphrase by phone or in person, never in the same message.</source>
        <translation>هر کسی که این فایل به دستش برسد می‌تواند آن را بخواند: در همین لپ‌تاپ، روی یک USB، در یک فضای ابری یا در یک ایمیل. جستجوی کمپیوتر ممکن است کلمات آن را در فهرستی کاپی کند که پس از پاک کردن فایل هم باقی می‌ماند.

اگر آن را برای یک همکار می‌فرستید، به جای آن با یک رمز عبور رمزگذاری و مهرش کنید: او آن را با ابزار رایگان age (age -d) باز می‌کند، و شما رمز عبور را از راه تلفن یا رو در رو به او می‌گویید، هرگز در همان پیام.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again until Amanat is locked</source>
        <translation>تا قفل شدن امانت دوباره نپرس</translation>
    </message>
    <message>
        <source>Seal with a passphrase…</source>
        <translation>رمزگذاری و مهر با رمز عبور…</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>خروجی رمزگذاری‌نشده</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>انتخاب &amp;همه</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;بالا بردن</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;پایین آوردن</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>جستجو در:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;نام فایل:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>فایل‌های از نوع:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ذخیره به نام</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>برگشت به عقب</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>رفتن به جلو</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>فولدر بالاتر</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>رفتن به فولدر بالاتر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ساختن فولدر جدید</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ساختن یک فولدر جدید</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>فولدر جدید</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;فولدر جدید</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>نمایش فهرستی</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>نمایش با جزئیات</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>رفتن به نمایش فهرستی</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>رفتن به نمایش با جزئیات</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>نوار کناری</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;انتخاب</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولدر:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولدرها</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>یافتن فولدر</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>جاهای اخیر</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>نمایش فایل‌های &amp;پنهان</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;تغییر نام</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>آیا مطمئن هستید که می‌خواهید &apos;%1&apos; را حذف کنید؟</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 از قبل وجود دارد.
آیا می‌خواهید فایل تازه جای آن را بگیرد؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; در برابر نوشتن محافظت شده است.
آیا باز هم می‌خواهید آن را حذف کنید؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولدر حذف نشد.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فایل پیدا نشد.
لطفاً نام فایل را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولدر پیدا نشد.
لطفاً نام فولدر را بررسی کنید.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولدر</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>فولدر فایل‌ها</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ناشناخته</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کمپیوتر من</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>درایو</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاریخ تغییر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کمپیوتر من</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوتر</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 گیگابایت</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>نام فایل نادرست</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;برگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوباره انجام دادن</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;بریدن</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>تنظیم دوباره</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>بازگشت به پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بلی</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نخیر</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بلی برای &amp;همه</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ن&amp;خیر برای همه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>متوقف کردن</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>کوشش دوباره</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>ذخیره نکن</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;برگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوباره انجام دادن</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;بریدن</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>کاپی &amp;نشانی پیوند</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <source>Quarantine: bundles from people you have not verified. Verify the sender, then import.</source>
        <translation>قرنطین: بسته‌هایی از افرادی که هویتشان را تصدیق نکرده‌اید. اول فرستنده را تصدیق کنید، سپس وارد کنید.</translation>
    </message>
    <message>
        <source>The quarantine keeps at most {0} bundles ({1} MB) from one sender and {2} MB in all; the oldest are deleted to make room.</source>
        <translation>قرنطین از هر فرستنده حداکثر {0} بسته ({1} مگابایت) و در مجموع {2} مگابایت نگه می‌دارد؛ قدیمی‌ترین‌ها برای جا باز کردن حذف می‌شوند.</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>بسته‌های قرنطین‌شده</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>همین حالا وارد کن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>From {0} · received {1}</source>
        <translation>از {0} · دریافت‌شده در {1}</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>فردی ناشناس</translation>
    </message>
    <message>
        <source>Still waiting: verify {0} first.</source>
        <translation>هنوز در انتظار است: اول {0} را تصدیق کنید.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>وارد شد.</translation>
    </message>
    <message>
        <source>Deleted from the quarantine.</source>
        <translation>از قرنطین حذف شد.</translation>
    </message>
</context>
<context>
    <name>RecalibrateDialog</name>
    <message>
        <source>Recalibrate key derivation</source>
        <translation>سنجش دوبارهٔ ساخت کلید</translation>
    </message>
    <message>
        <source>Amanat will measure this computer again, so that guessing your passphrase costs an attacker as much as this computer allows while unlocking still takes about a second. Do this after moving the vault to a new computer. Type your passphrase to continue.</source>
        <translation>امانت این کمپیوتر را دوباره می‌سنجد تا حدس زدن رمز عبور شما برای مهاجم تا جایی که این کمپیوتر اجازه می‌دهد پرهزینه باشد، در حالی که باز کردن قفل همچنان حدود یک ثانیه طول بکشد. پس از انتقال گاوصندوق به کمپیوتر جدید این کار را انجام دهید. برای ادامه، رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;رمز عبور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Recalibrate</source>
        <translation>سنجش دوباره</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اول رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Measuring this computer (a few seconds)…</source>
        <translation>در حال سنجش این کمپیوتر (چند ثانیه)…</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Type the recovery key you wrote down when you created the vault (eight groups of five characters), then choose a new passphrase.</source>
        <translation>کلید بازیابی را که هنگام ساختن گاوصندوق نوشتید وارد کنید (هشت بخش پنج‌تایی)، سپس یک رمز عبور جدید انتخاب کنید.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>رمز عبور جدید</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <extracomment>Label of the second passphrase field: type the same passphrase again</extracomment>
        <translation>تکرار آن</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>تکرار رمز عبور جدید</translation>
    </message>
    <message>
        <source>Open with recovery key</source>
        <translation>باز کردن با کلید بازیابی</translation>
    </message>
    <message>
        <source>No recovery key? Recover with my colleagues…</source>
        <translation>کلید بازیابی ندارید؟ بازیابی با کمک همکارانم…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation>رمز عبور جدید را دو بار یکسان وارد کنید.</translation>
    </message>
    <message>
        <source>The new passphrase is weak. Make it longer.</source>
        <translation>رمز عبور جدید ضعیف است. آن را طولانی‌تر کنید.</translation>
    </message>
    <message>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation>در حال باز کردن گاوصندوق و تعیین رمز عبور جدید…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>کلید بازیابی جدید</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>This is your recovery key. Write it on paper now and keep it somewhere safe, away from this laptop. It is shown only this once. With it, anyone can open your vault; without it and your passphrase, nobody can, not even you.</source>
        <translation>این کلید بازیابی شماست. همین حالا آن را روی کاغذ بنویسید و در جای امنی، دور از این لپ‌تاپ، نگه دارید. این کلید فقط همین یک بار نشان داده می‌شود. هر کسی که آن را داشته باشد می‌تواند گاوصندوق شما را باز کند؛ بدون آن و بدون رمز عبور شما، هیچ‌کس نمی‌تواند، حتی خود شما.</translation>
    </message>
    <message>
        <source>To confirm you wrote it down, type group number {0}:</source>
        <translation>برای تأیید اینکه آن را نوشته‌اید، بخش شمارهٔ {0} را وارد کنید:</translation>
    </message>
    <message>
        <source>Recovery key group</source>
        <translation>بخش کلید بازیابی</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>آن را نوشتم</translation>
    </message>
    <message>
        <source>That is not group {0}. Look at the key again.</source>
        <translation>این گروه {0} نیست. دوباره به کلید نگاه کنید.</translation>
    </message>
</context>
<context>
    <name>RedactionReviewDialog</name>
    <message>
        <source>Check every replacement before the file is written</source>
        <translation>پیش از نوشتن فایل، هر جایگزینی را بررسی کنید</translation>
    </message>
    <message>
        <source>Ticked words are replaced by the pseudonym beside them, the same one wherever the name stands. Untick what may stay. The key of pseudonyms stays in this vault; it is never written into the file.</source>
        <translation>کلمه‌هایی که علامت زده شده‌اند با نام مستعار کنارشان جایگزین می‌شوند، هر جا که آن نام آمده باشد همان یکی. علامت آنچه را که می‌تواند بماند بردارید. کلید نام‌های مستعار در همین گاوصندوق می‌ماند و هرگز در فایل نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
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
        <translation>ولسوالی</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Other word</source>
        <translation>کلمهٔ دیگر</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>جایگزینی</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>جایی که آمده است</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>جایگزین با</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>جایگزینی‌ها</translation>
    </message>
    <message>
        <source>&amp;Add a word:</source>
        <translation>&amp;افزودن کلمه:</translation>
    </message>
    <message>
        <source>a name, place or other word the list missed</source>
        <translation>نام، مکان یا کلمهٔ دیگری که فهرست نیافته است</translation>
    </message>
    <message>
        <source>Word to add</source>
        <translation>کلمه برای افزودن</translation>
    </message>
    <message>
        <source>Kind of word</source>
        <translation>نوع کلمه</translation>
    </message>
    <message>
        <source>&amp;same as:</source>
        <translation>&amp;همان:</translation>
    </message>
    <message>
        <source>The same as a name already listed</source>
        <translation>همان نامی که در فهرست هست</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms in:</source>
        <translation>نام‌های &amp;مستعار به:</translation>
    </message>
    <message>
        <source>Language of the pseudonyms</source>
        <translation>زبان نام‌های مستعار</translation>
    </message>
    <message>
        <source>Continue to export…</source>
        <translation>ادامه به خروجی گرفتن…</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;کلید:</translation>
    </message>
    <message>
        <source>Key of pseudonyms</source>
        <translation>کلید نام‌های مستعار</translation>
    </message>
    <message>
        <source>This item&apos;s own key, or a profile shared by every document you send to one reader, so that the same person is the same pseudonym in all of them</source>
        <translation>کلید خود همین مورد، یا یک پروفایل مشترک برای همهٔ سندهایی که به یک خواننده می‌فرستید، تا یک شخص در همهٔ آن‌ها همان نام مستعار را داشته باشد</translation>
    </message>
    <message>
        <source>This item&apos;s own</source>
        <translation>کلید خود همین مورد</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>پروفایل تازه…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Action plan, row {0}: owner</source>
        <translation>پلان عمل، ردیف {0}: مسئول</translation>
    </message>
    <message>
        <source>Action plan, row {0}: action</source>
        <translation>پلان عمل، ردیف {0}: اقدام</translation>
    </message>
    <message>
        <source>(stays)</source>
        <translation>(می‌ماند)</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>یک نام تازه</translation>
    </message>
    <message>
        <source>{0} of {1} replacements ticked, of {2} names and places</source>
        <translation>{0} از {1} جایگزینی علامت زده شده، برای {2} نام و مکان</translation>
    </message>
    <message>
        <source>Found {0} more times.</source>
        <translation>{0} بار دیگر پیدا شد.</translation>
    </message>
    <message>
        <source>Not found in this item as a whole word: check the spelling.</source>
        <translation>به‌صورت یک کلمهٔ کامل در این مورد پیدا نشد: املا را بررسی کنید.</translation>
    </message>
    <message>
        <source>Name of the new profile (the reader it is for, for example &quot;UN Special Rapporteur&quot;):</source>
        <translation>نام پروفایل تازه (خواننده‌ای که برای اوست، مثلاً «گزارشگر ویژهٔ سازمان ملل»):</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Re-key the vault</source>
        <translation>تعویض کلید گاوصندوق</translation>
    </message>
    <message>
        <source>Amanat will give the vault a new key and encrypt everything again with it. Afterwards, old copies of the key file, old passphrases and your current recovery key no longer open the vault; your passphrase stays the same. A new recovery key is shown next: have paper ready. The duress passphrase will be off. Backups made before now still open as they did. Type your passphrase to continue.</source>
        <translation>امانت به گاوصندوق یک کلید نو می‌دهد و همه چیز را دوباره با آن رمزگذاری می‌کند. پس از آن، نسخه‌های کهنهٔ فایل کلید، رمزهای عبور کهنه و کلید بازیابی فعلی شما دیگر گاوصندوق را باز نمی‌کنند؛ رمز عبور شما همان می‌ماند. پس از این یک کلید بازیابی نو نشان داده می‌شود: کاغذ آماده داشته باشید. رمز عبور زیر فشار خاموش خواهد شد. نسخه‌های پشتیبانی که پیش از این ساخته شده‌اند مانند گذشته باز می‌شوند. برای ادامه رمز عبور خود را بنویسید.</translation>
    </message>
    <message>
        <source>Your colleagues&apos; recovery shares will stop working too: make a new set afterwards in Tools → Entrust to colleagues…</source>
        <translation>سهم‌های بازیابی همکارانتان هم دیگر کار نمی‌کنند: پس از آن در ابزارها ← سپردن به همکاران… یک دستهٔ تازه بسازید.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;رمز عبور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Re-key progress</source>
        <translation>پیشرفت تعویض کلید</translation>
    </message>
    <message>
        <source>Re-key</source>
        <translation>تعویض کلید</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اول رمز عبور خود را بنویسید.</translation>
    </message>
    <message>
        <source>Re-keying: checking the passphrase, then encrypting the database again…</source>
        <translation>در حال تعویض کلید: بررسی رمز عبور، سپس رمزگذاری دوبارهٔ دیتابیس…</translation>
    </message>
</context>
<context>
    <name>RekeyNotice</name>
    <message>
        <source>A re-key that was interrupted has been finished: the vault has its new key. Its new recovery key may never have been shown, and the old one no longer opens the vault: make a new one now in Settings → Show a new recovery key. The duress passphrase is off.</source>
        <translation>یک تعویض کلید که نیمه‌کاره مانده بود تمام شد: گاوصندوق کلید نو خود را دارد. شاید کلید بازیابی نو آن هرگز نشان داده نشده باشد، و کلید بازیابی کهنه دیگر گاوصندوق را باز نمی‌کند: همین حالا در تنظیمات ← نشان دادن کلید بازیابی نو، یکی بسازید. رمز عبور زیر فشار خاموش است.</translation>
    </message>
    <message>
        <source>A re-key that was interrupted has been undone: the vault keeps its old key, and old copies of the key file still open it. Re-key again in Settings.</source>
        <translation>یک تعویض کلید که نیمه‌کاره مانده بود برگردانده شد: گاوصندوق کلید کهنهٔ خود را نگه می‌دارد، و نسخه‌های کهنهٔ فایل کلید هنوز آن را باز می‌کنند. در تنظیمات دوباره کلید را تعویض کنید.</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup onto this laptop: choose the backup file, then type the passphrase it was made with, or your recovery key.</source>
        <translation>بازگرداندن یک پشتیبان روی این لپ‌تاپ: فایل پشتیبان را انتخاب کنید، سپس رمز عبوری را که پشتیبان با آن ساخته شده، یا کلید بازیابی خود را بنویسید.</translation>
    </message>
    <message>
        <source>Choose the backup file…</source>
        <translation>انتخاب فایل پشتیبان…</translation>
    </message>
    <message>
        <source>Use my recovery key instead of the passphrase</source>
        <translation>به جای رمز عبور، کلید بازیابی‌ام را به کار ببر</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Recovery key (8 groups)</source>
        <translation>کلید بازیابی (هشت بخش)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Backup file: {0}</source>
        <translation>فایل پشتیبان: {0}</translation>
    </message>
    <message>
        <source>No backup file chosen yet.</source>
        <translation>هنوز هیچ فایل پشتیبانی انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>باز کردن یک پشتیبان</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>اول فایل پشتیبان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key first.</source>
        <translation>اول رمز عبور یا کلید بازیابی را بنویسید.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>در حال بررسی و بازگرداندن پشتیبان…</translation>
    </message>
    <message>
        <source>Nothing was restored. {0}</source>
        <translation>هیچ چیزی بازگردانده نشد. {0}</translation>
    </message>
</context>
<context>
    <name>RowOriginBar</name>
    <message>
        <source>Open the meeting</source>
        <translation>باز کردن جلسه</translation>
    </message>
    <message>
        <source>From a meeting that is not in this vault.</source>
        <translation>از جلسه‌ای که در این گاوصندوق نیست.</translation>
    </message>
    <message>
        <source>From the meeting: {0}, {1}</source>
        <translation>از جلسه: {0}، {1}</translation>
    </message>
    <message>
        <source>From the meeting: {0}</source>
        <translation>از جلسه: {0}</translation>
    </message>
</context>
<context>
    <name>SealPassphraseDialog</name>
    <message>
        <source>Choose a passphrase of at least {0} characters for this file. Your partner opens it with the age tool: age -d -o FILE FILE.age, then types the passphrase. Tell it to them by another way than the file.</source>
        <translation>برای این فایل یک رمز عبور دست‌کم {0} حرفی انتخاب کنید. همکار شما آن را با ابزار age باز می‌کند: age -d -o FILE FILE.age، سپس رمز عبور را تایپ می‌کند. رمز عبور را از راهی جز خود فایل به او بگویید.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>دوباره:</translation>
    </message>
    <message>
        <source>Seal and save</source>
        <translation>رمزگذاری، مهر و ذخیره</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>دست‌کم {0} حرف.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>جستجو در همه‌چیز</translation>
    </message>
    <message>
        <source>Search notes, contacts and drafts</source>
        <translation>جستجو در یادداشت‌ها، مخاطبان و پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جستجو</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>وضعیت جستجو</translation>
    </message>
    <message>
        <source>Type to search every note, contact and draft. Up and Down choose, Return opens.</source>
        <translation>برای جستجو در همهٔ یادداشت‌ها، مخاطبان و پیش‌نویس‌ها بنویسید. با کلیدهای بالا و پایین انتخاب کنید و با Enter باز کنید.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>نتیجه‌ای پیدا نشد</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>The kind of a search result: a strategy draft (not a draft status)</extracomment>
        <translation>پیش‌نویس</translation>
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
        <translation>امانت از چه محافظت می‌کند، و از چه نمی‌تواند محافظت کند</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>تغییر رمز &amp;عبور…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>Show a &amp;new recovery key…</source>
        <translation>&amp;نمایش کلید بازیابی جدید…</translation>
    </message>
    <message>
        <source>Show a new recovery key</source>
        <translation>نمایش کلید بازیابی جدید</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>ساخت کلید</translation>
    </message>
    <message>
        <source>&amp;Recalibrate…</source>
        <translation>سنجش &amp;دوباره…</translation>
    </message>
    <message>
        <source>Recalibrate key derivation</source>
        <translation>سنجش دوبارهٔ ساخت کلید</translation>
    </message>
    <message>
        <source>Key-derivation strength</source>
        <translation>قوت ساخت کلید</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>کلید گاوصندوق</translation>
    </message>
    <message>
        <source>Re-&amp;key…</source>
        <translation>&amp;تعویض کلید…</translation>
    </message>
    <message>
        <source>Re-key the vault</source>
        <translation>تعویض کلید گاوصندوق</translation>
    </message>
    <message>
        <source>Remember on this &amp;device (open without the passphrase)</source>
        <translation>&amp;به خاطر سپردن در این کمپیوتر (باز شدن بدون رمز عبور)</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>به خاطر سپردن در این کمپیوتر</translation>
    </message>
    <message>
        <source>Off is safer. When on, anyone who can use this computer while you are logged in can open the vault without your passphrase.</source>
        <translation>خاموش بودن این گزینه امن‌تر است. وقتی روشن باشد، هر کسی که بتواند در زمانی که شما وارد حساب کاربری خود هستید از این کمپیوتر استفاده کند، می‌تواند گاوصندوق را بدون رمز عبور شما باز کند.</translation>
    </message>
    <message>
        <source>Security message</source>
        <translation>پیام امنیتی</translation>
    </message>
    <message>
        <source>This vault has no passphrase slot.</source>
        <translation>این گاوصندوق جایی برای رمز عبور ندارد.</translation>
    </message>
    <message>
        <source>Argon2id: {0} MiB of memory, passes: {1}, lanes: {2}</source>
        <translation>حافظه: {0} MiB، دورها: {1}، مسیرهای موازی: {2} (Argon2id)</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on. An old copy of the key file (in a copied vault folder, say) still opens the vault with the old passphrase until you re-key: press Re-key… to make every old copy useless.</source>
        <translation>رمز عبور شما تغییر کرد. از این پس رمز عبور نو را به کار ببرید. یک نسخهٔ کهنهٔ فایل کلید (مثلاً در یک فولدر کاپی‌شدهٔ گاوصندوق) تا وقتی کلید را تعویض نکنید هنوز گاوصندوق را با رمز عبور کهنه باز می‌کند: «تعویض کلید…» را بزنید تا همهٔ نسخه‌های کهنه بی‌فایده شوند.</translation>
    </message>
    <message>
        <source>The duress passphrase is off now: set it again in Tools → Duress passphrase.</source>
        <translation>رمز عبور زیر فشار اکنون خاموش است: آن را دوباره در «ابزارها ← رمز عبور زیر فشار…» تعیین کنید.</translation>
    </message>
    <message>
        <source>Key derivation was measured again for this computer.</source>
        <translation>ساخت کلید برای این کمپیوتر دوباره سنجیده شد.</translation>
    </message>
    <message>
        <source>The vault has a new key. Old copies of the key file, old passphrases and the old recovery key no longer open it. Write down the new recovery key shown now.</source>
        <translation>گاوصندوق یک کلید نو دارد. نسخه‌های کهنهٔ فایل کلید، رمزهای عبور کهنه و کلید بازیابی کهنه دیگر آن را باز نمی‌کنند. کلید بازیابی نو را که اکنون نشان داده می‌شود بنویسید.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>کلید بازیابی جدید</translation>
    </message>
    <message>
        <source>Your current recovery key will stop working at once. Only the new one, shown next, will open the vault if you forget your passphrase. Have paper ready to write it down.</source>
        <translation>کلید بازیابی فعلی شما فوراً از کار می‌افتد. اگر رمز عبور خود را فراموش کنید، فقط کلید جدید که در مرحلهٔ بعد نشان داده می‌شود گاوصندوق را باز می‌کند. کاغذی آماده داشته باشید تا آن را بنویسید.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>ساختن کلید بازیابی جدید</translation>
    </message>
    <message>
        <source>The new recovery key is in use. The old one no longer opens the vault.</source>
        <translation>کلید بازیابی جدید در حال استفاده است. کلید قبلی دیگر گاوصندوق را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the vault. You did not confirm the new one: if you did not write it down, make another now.</source>
        <translation>کلید بازیابی قبلی دیگر گاوصندوق را باز نمی‌کند. شما کلید جدید را تأیید نکردید: اگر آن را ننوشته‌اید، همین حالا یک کلید دیگر بسازید.</translation>
    </message>
    <message>
        <source>Remember on this device?</source>
        <translation>در این کمپیوتر به خاطر سپرده شود؟</translation>
    </message>
    <message>
        <source>With this on, Amanat opens without your passphrase for anyone who can use this computer while you are logged in to it. If the laptop is taken or seized while you are logged in (at a border, in a raid, or when you step away), your vault can be opened.

Your passphrase still works, and you can turn this off at any time. Turn it off before you travel.</source>
        <translation>وقتی این گزینه روشن باشد، امانت برای هر کسی که بتواند در زمانی که شما وارد حساب کاربری خود هستید از این کمپیوتر استفاده کند، بدون رمز عبور باز می‌شود. اگر لپ‌تاپ در زمانی که شما وارد حساب خود هستید گرفته یا ضبط شود (در سرحد، در یک چاپه، یا وقتی از آن دور می‌شوید)، می‌توان گاوصندوق شما را باز کرد.

رمز عبور شما همچنان کار می‌کند و هر وقت بخواهید می‌توانید این گزینه را خاموش کنید. پیش از سفر آن را خاموش کنید.</translation>
    </message>
    <message>
        <source>Amanat now opens on this device without the passphrase while you are logged in.</source>
        <translation>امانت اکنون در این کمپیوتر، وقتی وارد حساب کاربری خود هستید، بدون رمز عبور باز می‌شود.</translation>
    </message>
    <message>
        <source>Amanat no longer opens on this device without the passphrase.</source>
        <translation>امانت دیگر در این کمپیوتر بدون رمز عبور باز نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>SendItemsDialog</name>
    <message>
        <source>Send action items to an action plan</source>
        <translation>فرستادن کارهای پیگیری به پلان عمل</translation>
    </message>
    <message>
        <source>A new action plan</source>
        <translation>یک پلان عمل تازه</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;پلان عمل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>پلان عمل</translation>
    </message>
    <message>
        <source>&amp;Title of the new plan</source>
        <translation>&amp;عنوان پلان تازه</translation>
    </message>
    <message>
        <source>Title of the new plan</source>
        <translation>عنوان پلان تازه</translation>
    </message>
    <message>
        <source>Actions from {0}</source>
        <translation>کارهای {0}</translation>
    </message>
    <message>
        <source>&amp;Items to send (each keeps a link to this meeting)</source>
        <translation>&amp;کارهایی که فرستاده می‌شوند (هر کدام به این جلسه پیوند می‌ماند)</translation>
    </message>
    <message>
        <source>Items to send</source>
        <translation>کارهایی که فرستاده می‌شوند</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>فرستادن</translation>
    </message>
    <message>
        <source>Send the items</source>
        <translation>فرستادن کارها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>{0} (already in this plan: brought up to date)</source>
        <translation>{0} (از پیش در این پلان است: به‌روز می‌شود)</translation>
    </message>
    <message>
        <source>This plan is shared with {0}: every member will see the items sent, though the meeting itself stays unshared.</source>
        <translation>این پلان با {0} شریک شده است: هر عضو کارهای فرستاده‌شده را خواهد دید، هرچند خود جلسه شریک نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>Settings tab: language, calendar, theme, locking and clipboard</extracomment>
        <translation>&amp;عمومی</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <extracomment>Settings tab: passphrase, recovery key, key derivation, keychain</extracomment>
        <translation>&amp;امنیت</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحه‌های تنظیمات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;تقویم</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;رنگ‌بندی</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Today in this calendar</source>
        <translation>امروز در این تقویم</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>رنگ‌بندی</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>قفل شدن</translation>
    </message>
    <message>
        <source>Lock &amp;after idle</source>
        <translation>&amp;قفل پس از بی‌کار ماندن</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix after a number of minutes in a spin box; keep the leading space</extracomment>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes (0 means never)</source>
        <translation>اگر کمپیوتر این چند دقیقه بی‌کار بماند، قفل شود (۰ یعنی هرگز)</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>قفل هنگام &amp;کوچک شدن پنجره</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>قفل هنگام کوچک شدن پنجره</translation>
    </message>
    <message>
        <source>Clear clip&amp;board after</source>
        <translation>&amp;پاک کردن کلیپ‌بورد پس از</translation>
    </message>
    <message>
        <source> sec</source>
        <extracomment>Suffix after a number of seconds, after &apos;Clear clipboard after&apos;; keep the leading space</extracomment>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds</source>
        <translation>پاک کردن متن کاپی‌شده از کلیپ‌بورد پس از این چند ثانیه</translation>
    </message>
    <message>
        <source>Remind me to back &amp;up after</source>
        <translation>&amp;یادآوری پشتیبان‌گیری پس از</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix after a number of days, after &apos;Remind me to back up after&apos;; keep the leading space</extracomment>
        <translation> روز</translation>
    </message>
    <message>
        <source>Remind me after unlocking when the last backup is older than this many days (0 means never)</source>
        <translation>پس از باز کردن قفل، اگر آخرین پشتیبان کهنه‌تر از این تعداد روز باشد، یادآوری شود (۰ یعنی هرگز)</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>بستن تنظیمات</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>امروز: {0}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>Share with a group</source>
        <translation>شریک کردن با یک گروه</translation>
    </message>
    <message>
        <source>Groups to share with</source>
        <translation>گروه‌هایی برای شریک کردن</translation>
    </message>
    <message>
        <source>Its other language versions are shared with it: {0}.</source>
        <translation>برگردان‌های دیگر آن هم با آن شریک می‌شوند: {0}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Members of the groups you tick receive this item with your next bundle, and their edits come back to you. Sharing cannot be taken back: they keep their copy.</source>
        <translation>اعضای گروه‌هایی که علامت می‌زنید این مورد را با بستهٔ بعدی شما دریافت می‌کنند، و ویرایش‌هایشان به شما برمی‌گردد. شریک کردن را نمی‌توان پس گرفت: کاپی آن‌ها نزدشان می‌ماند.</translation>
    </message>
    <message>
        <source>You are in no group yet. Create one in the Sync section.</source>
        <translation>شما هنوز در هیچ گروهی نیستید. در بخش «همگام‌سازی» یک گروه بسازید.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock the vault (also in every window)</source>
        <translation>قفل کردن گاوصندوق (در هر پنجره)</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the vault (asks once)</source>
        <translation>پاک‌سازی اضطراری: نابود کردن گاوصندوق (یک بار می‌پرسد)</translation>
    </message>
    <message>
        <source>Lock and quit</source>
        <translation>قفل کردن و خروج</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>جستجو در همه‌چیز</translation>
    </message>
    <message>
        <source>Go to Notes</source>
        <translation>رفتن به یادداشت‌ها</translation>
    </message>
    <message>
        <source>Go to Contacts</source>
        <translation>رفتن به مخاطبان</translation>
    </message>
    <message>
        <source>Go to Strategy</source>
        <translation>رفتن به استراتیژی</translation>
    </message>
    <message>
        <source>Go to Trash</source>
        <translation>رفتن به سطل زباله</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>رفتن به همگام‌سازی</translation>
    </message>
    <message>
        <source>Go to Tasks: every action-plan row</source>
        <translation>رفتن به کارها: همهٔ سطرهای پلان‌های عمل</translation>
    </message>
    <message>
        <source>New note, contact or draft (in its section)</source>
        <translation>یادداشت، مخاطب یا پیش‌نویس جدید (در بخش خودش)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>فلتر کردن فهرست</translation>
    </message>
    <message>
        <source>History: earlier versions</source>
        <translation>تاریخچه: نسخه‌های پیشین</translation>
    </message>
    <message>
        <source>Share with a group</source>
        <translation>شریک کردن با یک گروه</translation>
    </message>
    <message>
        <source>Notes: switch between writing and preview</source>
        <translation>یادداشت‌ها: جابه‌جایی میان نوشتن و پیش‌نمایش</translation>
    </message>
    <message>
        <source>Notes and Strategy: comment on the selected passage</source>
        <translation>یادداشت‌ها و استراتیژی: نظر دربارهٔ عبارت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Notes and Strategy: export the note or draft</source>
        <translation>یادداشت‌ها و استراتیژی: خروجی گرفتن از یادداشت یا پیش‌نویس</translation>
    </message>
    <message>
        <source>Trash: restore the chosen item</source>
        <translation>سطل زباله: بازگرداندن مورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Trash: empty the trash</source>
        <translation>سطل زباله: خالی کردن سطل زباله</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>همین فهرست میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>In a list: move the chosen item to the trash</source>
        <translation>در فهرست: انتقال مورد انتخاب‌شده به سطل زباله</translation>
    </message>
    <message>
        <source>In the trash: delete the chosen item for good</source>
        <translation>در سطل زباله: حذف همیشگی مورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>In the attachments: remove the chosen file</source>
        <translation>در ضمیمه‌ها: حذف فایل انتخاب‌شده</translation>
    </message>
    <message>
        <source>In the action plan: add a row</source>
        <translation>در پلان عمل: افزودن سطر</translation>
    </message>
    <message>
        <source>In the action plan: remove the chosen rows</source>
        <translation>در پلان عمل: حذف سطرهای انتخاب‌شده</translation>
    </message>
    <message>
        <source>In the action plan: empty the chosen cells</source>
        <translation>در پلان عمل: خالی کردن خانه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>In the history window: restore the chosen version</source>
        <translation>در پنجرهٔ تاریخچه: بازگرداندن نسخهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>در همه‌جای پنجره</translation>
    </message>
    <message>
        <source>In the section shown</source>
        <translation>در بخشی که نشان داده شده</translation>
    </message>
    <message>
        <source>In a list of notes, contacts or drafts</source>
        <translation>در فهرست یادداشت‌ها، مخاطبان یا پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>در سطل زباله</translation>
    </message>
    <message>
        <source>In a note&apos;s attachments</source>
        <translation>در ضمیمه‌های یک یادداشت</translation>
    </message>
    <message>
        <source>In an action plan&apos;s table</source>
        <translation>در جدول پلان عمل</translation>
    </message>
    <message>
        <source>In the history window</source>
        <translation>در پنجرهٔ تاریخچه</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Every shortcut also sits in a menu: the menu bar, or the right-click menu of the list or table it works in.</source>
        <translation>هر میان‌بر در یک منو هم هست: نوار منو، یا منوی کلیک راست فهرست یا جدولی که در آن کار می‌کند.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>چه می‌کنند</translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>New draft…</source>
        <translation>پیش‌نویس جدید…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>پیش‌نویس جدید</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;وضعیت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Export as PDF, OpenDocument, Markdown or HTML (Ctrl+Shift+E)</source>
        <translation>خروجی به شکل PDF، OpenDocument، مارک‌داون یا HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export redacted…</source>
        <translation>خروجی گرفتن با نام‌های پوشانده…</translation>
    </message>
    <message>
        <source>Export redacted</source>
        <translation>خروجی گرفتن با نام‌های پوشانده</translation>
    </message>
    <message>
        <source>Replace names and places by pseudonyms (Person A, Province 1) for a UN mandate, a donor or the press; you check every replacement first</source>
        <translation>نام‌ها و مکان‌ها با نام‌های مستعار (شخص الف، ولایت ۱) جایگزین می‌شوند، برای سازمان ملل، تمویل‌کننده یا رسانه‌ها؛ شما نخست هر جایگزینی را بررسی می‌کنید</translation>
    </message>
    <message>
        <source>Comment on the selected passage</source>
        <translation>نظر دربارهٔ عبارت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Headings in English</source>
        <translation>عنوان‌ها به انگلیسی</translation>
    </message>
    <message>
        <source>The UN Special Procedures take communications in English, French or Spanish: export this one with English headings (your text stays as you wrote it)</source>
        <translation>رویه‌های ویژهٔ سازمان ملل مکاتبه‌ها را به انگلیسی، فرانسوی یا هسپانوی می‌پذیرند: این یکی را با عنوان‌های انگلیسی خروجی بگیرید (متن شما همان‌طور که نوشته‌اید می‌ماند)</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>قالب: {0}</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>هنوز پیش‌نویسی نیست</translation>
    </message>
    <message>
        <source>Start a SWOT analysis, an action plan, a concept note or a UN communication from a template.</source>
        <translation>تحلیل SWOT، پلان عمل، یادداشت مفهومی یا مکاتبه با سازمان ملل را از روی یک قالب آغاز کنید.</translation>
    </message>
    <message>
        <source>No draft is open</source>
        <translation>هیچ پیش‌نویسی باز نیست</translation>
    </message>
    <message>
        <source>Choose one from the list, or press Ctrl+N to start a new one.</source>
        <translation>یکی را از فهرست انتخاب کنید، یا برای آغاز پیش‌نویس تازه Ctrl+N را فشار دهید.</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>خروجی گرفتن از پیش‌نویس</translation>
    </message>
    <message>
        <source>Exported to {0} (not encrypted).</source>
        <translation>خروجی در {0} ذخیره شد (رمزگذاری‌نشده).</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوت رمز عبور</translation>
    </message>
    <message>
        <source>Very weak: easy to guess. Use four or five unrelated words.</source>
        <translation>بسیار ضعیف: به آسانی حدس زده می‌شود. از چهار یا پنج کلمهٔ بی‌ربط به هم استفاده کنید.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>ضعیف: کلمه‌های بیشتری اضافه کنید.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>متوسط: یک یا دو کلمهٔ دیگر آن را قوی می‌کند.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>خوب.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوی.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>یک رمز عبور وارد کنید.</translation>
    </message>
</context>
<context>
    <name>SyncPeople</name>
    <message>
        <source>Verified</source>
        <translation>تصدیق‌شده</translation>
    </message>
    <message>
        <source>Other keys than someone you verified: not trusted until you compare safety numbers</source>
        <translation>کلیدهایی غیر از کلیدهای فردی که تصدیق کرده‌اید: تا شمارهٔ امنیتی را مقایسه نکنید، قابل اعتماد نیست</translation>
    </message>
    <message>
        <source>you ({0})</source>
        <translation>شما ({0})</translation>
    </message>
    <message>
        <source>{0} · {1} (verified)</source>
        <translation>{0} · {1} (تصدیق‌شده)</translation>
    </message>
    <message>
        <source>{0} · {1} (not verified)</source>
        <translation>{0} · {1} (تصدیق‌نشده)</translation>
    </message>
    <message>
        <source>⚠ Name looks like: {0}</source>
        <translation>⚠ این نام به این نام‌ها می‌ماند: {0}</translation>
    </message>
    <message>
        <source>⚠ The name mixes letters of different alphabets, which can imitate another name</source>
        <translation>⚠ در این نام حروف الفباهای مختلف با هم آمده است، که می‌تواند نام دیگری را تقلید کند</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>تصدیق‌نشده</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>A tab: groups of people who share items (not the groups of characters of a key)</extracomment>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>تبادله</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>بسته‌های فرستاده‌شده و دریافت‌شده</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>پلان</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}، از مهلت گذشته</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>Filter by action, owner, note or plan (Ctrl+F)</source>
        <translation>فلتر بر اساس اقدام، مسئول، یادداشت یا پلان (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>فلتر کردن کارها</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>پلان عمل</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>کارهای &amp;من</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;از مهلت گذشته</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>مهلت در این &amp;هفته</translation>
    </message>
    <message>
        <source>Hide do&amp;ne</source>
        <translation>پنهان کردن &amp;انجام‌شده‌ها</translation>
    </message>
    <message>
        <source>Open in its plan</source>
        <translation>باز کردن در پلان آن</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;انجام شد</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>همهٔ گروه‌ها</translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation>همهٔ پلان‌ها</translation>
    </message>
    <message>
        <source>No tasks yet. Rows of action plans (in Strategy) show here.</source>
        <translation>هنوز کاری نیست. سطرهای پلان‌های عمل (در استراتیژی) اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>{0} task</source>
        <translation>{0} کار</translation>
    </message>
    <message>
        <source>{0} tasks</source>
        <translation>{0} کار</translation>
    </message>
    <message>
        <source>{0} of {1} tasks shown</source>
        <translation>{0} از {1} کار نشان داده شده است</translation>
    </message>
    <message>
        <source>Nothing is yours yet: set your name in Sync → You; rows with your name or given to you by a group member are yours.</source>
        <translation>هنوز هیچ کاری از شما نیست: نام خود را در «همگام‌سازی ← شما» تعیین کنید؛ سطرهایی که نام شما را دارند یا یک عضو گروه به شما سپرده است، از شماست.</translation>
    </message>
</context>
<context>
    <name>TrashHint</name>
    <message>
        <source>Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>Undo: take it back out of the trash</source>
        <translation>برگرداندن: بیرون آوردن آن از سطل زباله</translation>
    </message>
    <message>
        <source>“{0}” is in the trash.</source>
        <translation>«{0}» در سطل زباله است.</translation>
    </message>
</context>
<context>
    <name>TrashSection</name>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Strategy draft</source>
        <translation>پیش‌نویس استراتیژی</translation>
    </message>
    <message>
        <source>{0} · deleted {1}</source>
        <translation>{0} · حذف‌شده در {1}</translation>
    </message>
    <message>
        <source>Items in the trash</source>
        <translation>موارد سطل زباله</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>خالی کردن سطل زباله…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>خالی کردن سطل زباله</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good (Ctrl+Shift+Delete)</source>
        <translation>حذف همیشگی همه‌چیز در سطل زباله (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Put it back where it was (Ctrl+R)</source>
        <translation>برگرداندن به جای قبلی (Ctrl+R)</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>حذف همیشگی…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <source>Delete this item for good (Shift+Delete)</source>
        <translation>حذف همیشگی این مورد (Shift+Delete)</translation>
    </message>
    <message>
        <source>Content of the deleted item</source>
        <translation>محتوای مورد حذف‌شده</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>خالی کردن سطل زباله</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted notes, contacts and drafts wait here until you restore them or empty the trash.</source>
        <translation>سطل زباله خالی است. یادداشت‌ها، مخاطبان و پیش‌نویس‌های حذف‌شده اینجا می‌مانند تا آن‌ها را بازگردانید یا سطل زباله را خالی کنید.</translation>
    </message>
    <message>
        <source>This item cannot be shown: {0}</source>
        <translation>این مورد نشان داده نمی‌شود: {0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>Restored “{0}”.</source>
        <translation>«{0}» بازگردانده شد.</translation>
    </message>
    <message>
        <source>Delete “{0}” for good? It cannot be brought back.</source>
        <translation>«{0}» برای همیشه حذف شود؟ دیگر نمی‌توان آن را بازگرداند.</translation>
    </message>
    <message>
        <source>Deleted “{0}” for good.</source>
        <translation>«{0}» برای همیشه حذف شد.</translation>
    </message>
    <message>
        <source>Delete the one item in the trash for good? It cannot be brought back.</source>
        <translation>تنها مورد سطل زباله برای همیشه حذف شود؟ دیگر نمی‌توان آن را بازگرداند.</translation>
    </message>
    <message>
        <source>Delete all {0} items in the trash for good? They cannot be brought back.</source>
        <translation>همهٔ {0} مورد سطل زباله برای همیشه حذف شوند؟ دیگر نمی‌توان آن‌ها را بازگرداند.</translation>
    </message>
    <message>
        <source>The trash is empty: {0} deleted for good.</source>
        <translation>سطل زباله خالی شد: {0} مورد برای همیشه حذف شد.</translation>
    </message>
    <message>
        <source>Deleting for good…</source>
        <translation>در حال حذف همیشگی…</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Travel mode</source>
        <translation>حالت سفر</translation>
    </message>
    <message>
        <source>Before a border crossing, seal your items into one file and remove them from this laptop. Keep the file off the laptop: give it to a verified colleague, or seal it for your recovery key (on paper) and carry it separately.</source>
        <translation>پیش از عبور از سرحد، موارد خود را در یک فایل رمزگذاری کنید و آن‌ها را از این لپ‌تاپ حذف کنید. فایل را روی لپ‌تاپ نگه ندارید: آن را به یک همکار تصدیق‌شده بدهید، یا آن را طوری رمزگذاری کنید که با کلید بازیابی شما (که روی کاغذ است) باز شود و جداگانه با خود ببرید.</translation>
    </message>
    <message>
        <source>Items shared with a group stay on this laptop (removing them would tell the group they were deleted): {0} items now. Whoever unlocks this laptop, or makes you unlock it, can see them.</source>
        <translation>مواردی که با یک گروه شریک شده‌اند روی همین لپ‌تاپ می‌مانند (حذف آن‌ها به گروه خبر می‌داد که حذف شده‌اند): اکنون {0} مورد. هر کسی که قفل این لپ‌تاپ را باز کند، یا شما را مجبور به باز کردن آن کند، می‌تواند آن‌ها را ببیند.</translation>
    </message>
    <message>
        <source>For my recovery key</source>
        <translation>برای کلید بازیابی من</translation>
    </message>
    <message>
        <source>For a verified colleague:</source>
        <translation>برای یک همکار تصدیق‌شده:</translation>
    </message>
    <message>
        <source>Verified colleague</source>
        <translation>همکار تصدیق‌شده</translation>
    </message>
    <message>
        <source>Recovery key (8 groups)</source>
        <translation>کلید بازیابی (هشت بخش)</translation>
    </message>
    <message>
        <source>Seal and remove…</source>
        <translation>رمزگذاری و حذف…</translation>
    </message>
    <message>
        <source>Bring items back from a travel file…</source>
        <translation>بازگرداندن موارد از یک فایل سفر…</translation>
    </message>
    <message>
        <source>Travel seal progress</source>
        <translation>پیشرفت بستن سفر</translation>
    </message>
    <message>
        <source>Save the travel file</source>
        <translation>ذخیرهٔ فایل سفر</translation>
    </message>
    <message>
        <source>Sealing the items, writing the travel file, then removing them…</source>
        <translation>در حال رمزگذاری و مهر کردن موارد، نوشتن فایل سفر و سپس حذف آن‌ها…</translation>
    </message>
    <message>
        <source>Sealed and removed {0} items. Now move {1} off this laptop.</source>
        <translation>{0} مورد رمزگذاری و حذف شد. اکنون {1} را از این لپ‌تاپ به جای دیگری منتقل کنید.</translation>
    </message>
    <message>
        <source>Open a travel file</source>
        <translation>باز کردن فایل سفر</translation>
    </message>
    <message>
        <source>Bringing the items back from the travel file…</source>
        <translation>در حال بازگرداندن موارد از فایل سفر…</translation>
    </message>
    <message>
        <source>Brought back {0} items.</source>
        <translation>{0} مورد بازگردانده شد.</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Amanat did not expect this, and the last action may not have finished. What you saved before is safe. If something looks wrong, lock the vault and unlock it again.</source>
        <translation>امانت انتظار این را نداشت و ممکن است آخرین کار تمام نشده باشد. آنچه پیش‌تر ذخیره کرده‌اید امن است. اگر چیزی درست به نظر نمی‌رسد، گاوصندوق را قفل کنید و دوباره قفل آن را باز کنید.</translation>
    </message>
</context>
<context>
    <name>UnfinishedTravelDialog</name>
    <message>
        <source>Travel mode did not finish</source>
        <translation>حالت سفر تمام نشد</translation>
    </message>
    <message>
        <source>Travel mode did not finish. {0} of the {1} sealed items are still on this laptop, and the travel file was written to {2}.

Finish: remove those items now (the travel file must still be there, unchanged).
Undo: keep the items here and delete the travel file.</source>
        <translation>حالت سفر تمام نشد. {0} از {1} مورد رمزگذاری و مهرشده هنوز روی این لپ‌تاپ است، و فایل سفر در {2} نوشته شد.

تمام کردن: این موارد را اکنون حذف کنید (فایل سفر باید هنوز آنجا و بدون تغییر باشد).
برگرداندن: موارد را اینجا نگه دارید و فایل سفر را حذف کنید.</translation>
    </message>
    <message>
        <source>Finish travel mode</source>
        <translation>تمام کردن حالت سفر</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>Finish with the file at…</source>
        <translation>تمام کردن با فایل در جای دیگر…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>Where is the travel file now?</source>
        <translation>فایل سفر اکنون کجاست؟</translation>
    </message>
    <message>
        <source>Travel mode undone: the items stay on this laptop and the travel file was deleted.</source>
        <translation>حالت سفر برگردانده شد: موارد روی این لپ‌تاپ می‌مانند و فایل سفر حذف شد.</translation>
    </message>
    <message>
        <source>Travel mode finished: {0} items were removed. Keep the travel file off this laptop.</source>
        <translation>حالت سفر تمام شد: {0} مورد حذف شد. فایل سفر را بیرون از این لپ‌تاپ نگه دارید.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Amanat is locked. Type your passphrase to open your vault.</source>
        <translation>امانت قفل است. برای باز کردن گاوصندوق، رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>رمز عبور خود را فراموش کرده‌اید؟</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اول رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>در حال باز کردن قفل…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard language (Dari, Pashto or English) and Caps Lock, and try again.</source>
        <translation>رمز عبور نادرست است. زبان کیبورد (دری، پشتو یا انگلیسی) و Caps Lock را بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file asks for {0} MiB of memory and about {1} seconds on this computer, much more than usual. If you did not expect this, the key file may have been changed to slow this computer down. Press Unlock again to go ahead.</source>
        <translation>فایل کلید این گاوصندوق {0} مگابایت حافظه و حدود {1} ثانیه در این کمپیوتر می‌خواهد، بسیار بیشتر از معمول. اگر انتظار آن را نداشتید، ممکن است فایل کلید برای کند کردن این کمپیوتر تغییر داده شده باشد. برای ادامه، دوباره «باز کردن قفل» را بزنید.</translation>
    </message>
</context>
<context>
    <name>UntrustedExportDialog</name>
    <message>
        <source>Left out (not verified by you): {0}</source>
        <translation>کنار گذاشته‌شده (توسط شما تصدیق‌نشده): {0}</translation>
    </message>
    <message>
        <source>Sealed also for people you have not verified: {0}</source>
        <translation>برای این افراد تصدیق‌نشده هم رمزگذاری و مهر شد: {0}</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>پیش از فرستادن</translation>
    </message>
    <message>
        <source>These members&apos; keys are not verified by you: you never compared safety numbers with them, you withdrew your trust, or their name looks like someone you verified but the keys are others. Anything sealed for them can be read with those keys.</source>
        <translation>کلیدهای این اعضا توسط شما تصدیق نشده است: یا هرگز شمارهٔ امنیتی را با آن‌ها مقایسه نکرده‌اید، یا اعتماد خود را پس گرفته‌اید، یا نامشان به فردی که تصدیق کرده‌اید می‌ماند اما کلیدهایشان دیگر است. هر چه برای آن‌ها رمزگذاری و مهر شود، با همان کلیدها خوانده می‌شود.</translation>
    </message>
    <message>
        <source>Members not verified</source>
        <translation>اعضای تصدیق‌نشده</translation>
    </message>
    <message>
        <source>{0} — in the group {1}</source>
        <translation>{0} — در گروه {1}</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>آن‌ها را کنار بگذار</translation>
    </message>
    <message>
        <source>Send to them too</source>
        <translation>برای آن‌ها هم بفرست</translation>
    </message>
</context>
<context>
    <name>VCardExportDialog</name>
    <message>
        <source>Export {0} contact as a vCard file</source>
        <translation>خروجی گرفتن از {0} مخاطب به‌صورت فایل vCard</translation>
    </message>
    <message>
        <source>Export {0} contacts as a vCard file</source>
        <translation>خروجی گرفتن از {0} مخاطب به‌صورت فایل vCard</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>مخاطبان برای خروجی گرفتن</translation>
    </message>
    <message>
        <source>Also write their safety fields: risk level and channels never to use</source>
        <translation>بخش‌های مصونیت آن‌ها هم نوشته شود: سطح خطر و راه‌هایی که هرگز نباید استفاده شوند</translation>
    </message>
    <message>
        <source>Left out unless you tick it. Whoever gets the file would learn who is at risk and how not to reach them. Phones and mail programs ignore these fields.</source>
        <translation>تا علامت نزنید، نوشته نمی‌شوند. هر کس فایل را به دست آورد می‌فهمد چه کسی در خطر است و از چه راهی نباید با او تماس گرفت. تلفن‌ها و برنامه‌های ایمیل این بخش‌ها را نادیده می‌گیرند.</translation>
    </message>
    <message>
        <source>{0} of them is marked high risk.</source>
        <translation>{0} نفر از آن‌ها در خطر بالا علامت‌گذاری شده است.</translation>
    </message>
    <message>
        <source>{0} of them are marked high risk.</source>
        <translation>{0} نفر از آن‌ها در خطر بالا علامت‌گذاری شده‌اند.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>ادامه…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a person</source>
        <translation>تصدیق یک شخص</translation>
    </message>
    <message>
        <source>These keys ({1}) are not the ones of the {0} you verified, whose name looks the same. This may be a new laptop — or someone pretending to be them. Do not trust bundles from these keys until you have compared the numbers with {0} again.</source>
        <translation>این کلیدها ({1}) کلیدهای {0} که تصدیق کرده‌اید نیستند، هرچند نامشان یکسان به نظر می‌رسد. شاید لپ‌تاپ تازه‌ای باشد — یا کسی که خود را جای او جا می‌زند. تا شماره‌ها را دوباره با {0} مقایسه نکرده‌اید، به بسته‌های این کلیدها اعتماد نکنید.</translation>
    </message>
    <message>
        <source>Meet {0} in person, or call on a line you trust. Each of you opens this screen; read your numbers to each other, group by group. If every group is the same, nobody stands between you.</source>
        <translation>با {0} حضوری ملاقات کنید، یا از راه خطی که به آن اعتماد دارید تماس بگیرید. هر دوی شما این صفحه را باز کنید؛ شماره‌های خود را بخش به بخش برای یکدیگر بخوانید. اگر همهٔ بخش‌ها یکسان باشند، هیچ‌کس میان شما قرار ندارد.</translation>
    </message>
    <message>
        <source>I compared all twelve groups with {0}, and they are the same</source>
        <translation>هر دوازده بخش را با {0} مقایسه کردم و یکسان هستند</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>علامت‌گذاری به عنوان تصدیق‌شده</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>This version was never marked updated; the {0} version&apos;s text:</source>
        <translation>این برگردان هرگز به‌روز ثبت نشده است؛ متن برگردان {0}:</translation>
    </message>
    <message>
        <source>The {0} version changed, but the text is too long to show the changed words; its text now:</source>
        <translation>برگردان {0} تغییر کرده است، اما متن برای نشان دادن واژه‌های تغییرکرده بسیار طولانی است؛ متن کنونی آن:</translation>
    </message>
    <message>
        <source>Changes in the {0} version since this one was last marked updated:</source>
        <translation>تغییرات برگردان {0} پس از آخرین ثبت به‌روز بودن این برگردان:</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>افزوده شد: {0}</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>حذف شد: {0}</translation>
    </message>
    <message>
        <source>What changed in the other versions</source>
        <translation>آنچه در برگردان‌های دیگر تغییر کرده است</translation>
    </message>
    <message>
        <source>&amp;Section out of date</source>
        <translation>&amp;بخش به‌روز نیست</translation>
    </message>
    <message>
        <source>Section out of date</source>
        <translation>بخشی که به‌روز نیست</translation>
    </message>
    <message>
        <source>Added words are underlined, removed words are struck through. Bring this version&apos;s section in line (this window can stay open while you edit), then mark it updated.</source>
        <translation>زیر واژه‌های افزوده خط کشیده شده و روی واژه‌های حذف‌شده خط خورده است. بخش این برگردان را هماهنگ کنید (این پنجره هنگام ویرایش می‌تواند باز بماند)، سپس آن را به‌روز ثبت کنید.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>&amp;Mark as updated</source>
        <translation>&amp;ثبت به‌عنوان به‌روز</translation>
    </message>
    <message>
        <source>Mark this section as updated</source>
        <translation>ثبت این بخش به‌عنوان به‌روز</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>به امانت خوش آمدید</translation>
    </message>
    <message>
        <source>&lt;p&gt;Amanat keeps your notes, contacts and your group&apos;s strategy drafts in one encrypted vault on this computer. It never connects to the internet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It protects you&lt;/b&gt; while Amanat is locked or the laptop is off: if this laptop is then lost, stolen, searched at a border or copied, the vault cannot be read without your passphrase or recovery key.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It cannot protect you&lt;/b&gt; from spying software on this computer, from someone watching your screen or keyboard, or from someone who takes the laptop while the vault is unlocked. Lock it (Ctrl+L) whenever you step away.&lt;/p&gt;</source>
        <translation>&lt;p&gt;امانت یادداشت‌ها، مخاطبان و پیش‌نویس‌های استراتیژی گروه شما را در یک گاوصندوق رمزگذاری‌شده روی همین کمپیوتر نگه می‌دارد. این برنامه هرگز به انترنت وصل نمی‌شود.&lt;/p&gt;&lt;p&gt;&lt;b&gt;امانت از شما محافظت می‌کند&lt;/b&gt; تا وقتی که امانت قفل است یا لپ‌تاپ خاموش است: اگر در این حالت این لپ‌تاپ گم شود، دزدیده شود، در سرحد تلاشی شود یا از آن کاپی گرفته شود، گاوصندوق بدون رمز عبور یا کلید بازیابی شما خوانده نمی‌شود.&lt;/p&gt;&lt;p&gt;&lt;b&gt;امانت نمی‌تواند از شما محافظت کند&lt;/b&gt; در برابر نرم‌افزار جاسوسی روی این کمپیوتر، در برابر کسی که صفحهٔ نمایش یا کیبورد شما را تماشا می‌کند، یا در برابر کسی که لپ‌تاپ را در حالی که قفل گاوصندوق باز است بگیرد. هر بار که از کمپیوتر دور می‌شوید، آن را قفل کنید (Ctrl+L).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>ساختن گاوصندوق من</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>بازگرداندن یک پشتیبان…</translation>
    </message>
    <message>
        <source>Recover with my colleagues…</source>
        <translation>بازیابی با کمک همکارانم…</translation>
    </message>
    <message>
        <source>Read more: what Amanat protects, and what it cannot</source>
        <translation>بیشتر بخوانید: امانت از چه محافظت می‌کند، و از چه نمی‌تواند محافظت کند</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>استراتیژی</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>Show my tasks</source>
        <translation>نمایش کارهای من</translation>
    </message>
    <message>
        <source>{0} of your tasks is overdue.</source>
        <translation>{0} کار شما از مهلت گذشته است.</translation>
    </message>
    <message>
        <source>{0} of your tasks are overdue.</source>
        <translation>{0} کار شما از مهلت گذشته است.</translation>
    </message>
    <message>
        <source>{0} of your tasks is due this week.</source>
        <translation>مهلت {0} کار شما همین هفته است.</translation>
    </message>
    <message>
        <source>{0} of your tasks are due this week.</source>
        <translation>مهلت {0} کار شما همین هفته است.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>{0} is synced by {1}: the file would be uploaded.</source>
        <translation>{0} با {1} همگام‌سازی می‌شود: فایل بارگذاری خواهد شد.</translation>
    </message>
    <message>
        <source>{0} is synced by a cloud drive: the file would be uploaded.</source>
        <translation>{0} با یک فضای ابری همگام‌سازی می‌شود: فایل بارگذاری خواهد شد.</translation>
    </message>
    <message>
        <source>{0} is indexed by {1}: its words would be copied into the index.</source>
        <translation>{0} با {1} فهرست‌بندی می‌شود: کلمات فایل در فهرست کاپی خواهد شد.</translation>
    </message>
    <message>
        <source>{0} is usually indexed by desktop search: its words would be copied into the index.</source>
        <translation>{0} معمولاً با جستجوی کمپیوتر فهرست‌بندی می‌شود: کلمات فایل در فهرست کاپی خواهد شد.</translation>
    </message>
    <message>
        <source>Choose a folder that no cloud drive syncs, or seal the file instead.</source>
        <translation>فولدری را انتخاب کنید که هیچ فضای ابری آن را همگام‌سازی نمی‌کند، یا به جای آن فایل را رمزگذاری و مهر کنید.</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>انتخاب فولدر دیگر</translation>
    </message>
    <message>
        <source>Save here anyway</source>
        <translation>با این حال اینجا ذخیره کن</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} از قبل وجود دارد. جایگزین شود؟</translation>
    </message>
</context>
</TS>
