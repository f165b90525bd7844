"""Qt's own texts (standard buttons, text-field menus, the file dialog), listed so pyside6-lupdate puts them in
Amanat's catalogues.

Qt ships no Pashto catalogue (qtbase_ps), so without these Pashto users would read Qt's Persian; and qtbase_fa is
Iranian Persian («کپی، چسباندن، پوشه»). Amanat's catalogues translate these in Afghan Dari and in Pashto, and take
precedence over qtbase_fa. Nothing calls these functions at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def standard_button_texts() -> list[str]:
    """The texts QDialogButtonBox and QMessageBox take from the context QPlatformTheme."""
    return [
        QCoreApplication.translate("QPlatformTheme", "OK"),
        QCoreApplication.translate("QPlatformTheme", "Save"),
        QCoreApplication.translate("QPlatformTheme", "Open"),
        QCoreApplication.translate("QPlatformTheme", "Cancel"),
        QCoreApplication.translate("QPlatformTheme", "Close"),
        QCoreApplication.translate("QPlatformTheme", "Discard"),
        QCoreApplication.translate("QPlatformTheme", "Apply"),
        QCoreApplication.translate("QPlatformTheme", "Reset"),
        QCoreApplication.translate("QPlatformTheme", "Restore Defaults"),
        QCoreApplication.translate("QPlatformTheme", "Help"),
        QCoreApplication.translate("QPlatformTheme", "&Yes"),
        QCoreApplication.translate("QPlatformTheme", "&No"),
        QCoreApplication.translate("QPlatformTheme", "Yes to &All"),
        QCoreApplication.translate("QPlatformTheme", "N&o to All"),
        QCoreApplication.translate("QPlatformTheme", "Abort"),
        QCoreApplication.translate("QPlatformTheme", "Retry"),
        QCoreApplication.translate("QPlatformTheme", "Ignore"),
        QCoreApplication.translate("QPlatformTheme", "Don't Save"),
    ]


def text_and_file_dialog_texts() -> list[str]:
    """The texts of the text fields' context menu, spin boxes and Qt's own file dialog."""
    return text_field_texts() + file_dialog_texts() + file_system_model_texts()


def text_field_texts() -> list[str]:
    """The texts of the text fields' context menu and of spin boxes."""
    return [
        QCoreApplication.translate("QLineEdit", "&Undo"),
        QCoreApplication.translate("QLineEdit", "&Redo"),
        QCoreApplication.translate("QLineEdit", "Cu&t"),
        QCoreApplication.translate("QLineEdit", "&Copy"),
        QCoreApplication.translate("QLineEdit", "&Paste"),
        QCoreApplication.translate("QLineEdit", "Delete"),
        QCoreApplication.translate("QLineEdit", "Select All"),
        QCoreApplication.translate("QWidgetTextControl", "&Undo"),
        QCoreApplication.translate("QWidgetTextControl", "&Redo"),
        QCoreApplication.translate("QWidgetTextControl", "Cu&t"),
        QCoreApplication.translate("QWidgetTextControl", "&Copy"),
        QCoreApplication.translate("QWidgetTextControl", "Copy &Link Location"),
        QCoreApplication.translate("QWidgetTextControl", "&Paste"),
        QCoreApplication.translate("QWidgetTextControl", "Delete"),
        QCoreApplication.translate("QWidgetTextControl", "Select All"),
        QCoreApplication.translate("QAbstractSpinBox", "&Select All"),
        QCoreApplication.translate("QAbstractSpinBox", "&Step up"),
        QCoreApplication.translate("QAbstractSpinBox", "Step &down"),
    ]


def file_dialog_texts() -> list[str]:
    """The texts of Qt's own file dialog."""
    return [
        QCoreApplication.translate("QFileDialog", "Look in:"),
        QCoreApplication.translate("QFileDialog", "File &name:"),
        QCoreApplication.translate("QFileDialog", "Files of type:"),
        QCoreApplication.translate("QFileDialog", "&Open"),
        QCoreApplication.translate("QFileDialog", "&Save"),
        QCoreApplication.translate("QFileDialog", "Open"),
        QCoreApplication.translate("QFileDialog", "Save As"),
        QCoreApplication.translate("QFileDialog", "Back"),
        QCoreApplication.translate("QFileDialog", "Forward"),
        QCoreApplication.translate("QFileDialog", "Go back"),
        QCoreApplication.translate("QFileDialog", "Go forward"),
        QCoreApplication.translate("QFileDialog", "Parent Directory"),
        QCoreApplication.translate("QFileDialog", "Go to the parent directory"),
        QCoreApplication.translate("QFileDialog", "Create New Folder"),
        QCoreApplication.translate("QFileDialog", "Create a New Folder"),
        QCoreApplication.translate("QFileDialog", "New Folder"),
        QCoreApplication.translate("QFileDialog", "&New Folder"),
        QCoreApplication.translate("QFileDialog", "List View"),
        QCoreApplication.translate("QFileDialog", "Detail View"),
        QCoreApplication.translate("QFileDialog", "Change to list view mode"),
        QCoreApplication.translate("QFileDialog", "Change to detail view mode"),
        QCoreApplication.translate("QFileDialog", "Sidebar"),
        QCoreApplication.translate("QFileDialog", "&Choose"),
        QCoreApplication.translate("QFileDialog", "Directory:"),
        QCoreApplication.translate("QFileDialog", "Directories"),
        QCoreApplication.translate("QFileDialog", "Find Directory"),
        QCoreApplication.translate("QFileDialog", "Recent Places"),
        QCoreApplication.translate("QFileDialog", "All Files (*)"),
        QCoreApplication.translate("QFileDialog", "Show &hidden files"),
        QCoreApplication.translate("QFileDialog", "&Rename"),
        QCoreApplication.translate("QFileDialog", "&Delete"),
        QCoreApplication.translate("QFileDialog", "Remove"),
        QCoreApplication.translate("QFileDialog", "Are you sure you want to delete '%1'?"),
        QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
        QCoreApplication.translate("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
        QCoreApplication.translate("QFileDialog", "Could not delete directory."),
        QCoreApplication.translate("QFileDialog",
                                   "%1\nFile not found.\nPlease verify the correct file name was given."),
        QCoreApplication.translate("QFileDialog",
                                   "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
        QCoreApplication.translate("QFileDialog", "File"),
        QCoreApplication.translate("QFileDialog", "Files"),
        QCoreApplication.translate("QFileDialog", "Folder"),
        QCoreApplication.translate("QFileDialog", "File Folder"),
        QCoreApplication.translate("QFileDialog", "Alias"),
        QCoreApplication.translate("QFileDialog", "Shortcut"),
        QCoreApplication.translate("QFileDialog", "Unknown"),
        QCoreApplication.translate("QFileDialog", "My Computer"),
        QCoreApplication.translate("QFileDialog", "Drive"),
    ]


def file_system_model_texts() -> list[str]:
    """The column titles and sizes of the file dialog's list of files."""
    return [
        QCoreApplication.translate("QFileSystemModel", "Name"),
        QCoreApplication.translate("QFileSystemModel", "Size"),
        QCoreApplication.translate("QFileSystemModel", "Type"),
        QCoreApplication.translate("QFileSystemModel", "Kind"),
        QCoreApplication.translate("QFileSystemModel", "Date Modified"),
        QCoreApplication.translate("QFileSystemModel", "My Computer"),
        QCoreApplication.translate("QFileSystemModel", "Computer"),
        QCoreApplication.translate("QFileSystemModel", "%1 bytes"),
        QCoreApplication.translate("QFileSystemModel", "%1 KB"),
        QCoreApplication.translate("QFileSystemModel", "%1 MB"),
        QCoreApplication.translate("QFileSystemModel", "%1 GB"),
        QCoreApplication.translate("QFileSystemModel", "Invalid filename"),
    ]
