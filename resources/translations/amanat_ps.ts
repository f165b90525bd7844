<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_AF">
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Choose a passphrase: four or five unrelated words are strong and easy to remember. Nobody, not even Amanat&apos;s developers, can recover it for you; the recovery key shown next is the only other way in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this passphrase is weak and want to use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is weak. Make it longer, or confirm that you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and measuring this computer (a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {0} of the recovery key has a typing mistake. Check it against your paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has eight groups of five letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was made by a newer version of Amanat. Update Amanat to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or has been changed, so Amanat will not use it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another Amanat window. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no safe keychain, so Amanat will not remember the vault here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing secret was written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amanat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Type the recovery key you wrote down when you created the vault (eight groups of five characters), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same new passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is weak. Make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>This is your recovery key. Write it on paper now and keep it somewhere safe, away from this laptop. It is shown only this once. With it, anyone can open your vault; without it and your passphrase, nobody can, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm you wrote it down, type group number {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group {0}. Look at the key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak: easy to guess. Use four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Amanat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Amanat is locked. Type your passphrase to open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard language (Dari, Pashto or English) and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Amanat keeps your notes, contacts and your group&apos;s strategy drafts in one encrypted vault on this computer. It never connects to the internet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It protects you&lt;/b&gt; when this laptop is lost, stolen, searched at a border or copied while Amanat is locked: without your passphrase or recovery key the vault cannot be read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It cannot protect you&lt;/b&gt; from spying software on this computer, from someone watching your screen or keyboard, or from someone who takes the laptop while the vault is unlocked. Lock it (Ctrl+L) whenever you step away.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
