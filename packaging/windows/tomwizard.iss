; Inno Setup 6 script: the Windows installer for the one-folder bundle (written, not built or
; tested here; see README "Install"). On a Windows machine with Python 3.11+ and Inno Setup 6:
;   py -m venv .venv && .venv\Scripts\pip install -e ".[bundle]"
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\tomwizard.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\tomwizard.iss
; Result: dist\tomwizard-setup-<version>.exe. It installs per user (no administrator rights;
; "install for all users" is offered when run elevated), adds a Start menu entry and opens .tomw
; files with tomwizard-gui.exe (the windowed twin of tomwizard.exe, which is the command line).

#define AppName "tomwizard"
#define AppVersion "0.1.0"
#define Bundle "..\..\dist\tomwizard"

[Setup]
AppId={{5B0C6E3A-7D1F-4F4B-9A51-3C1E2D8A7F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=tomwizard
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=tomwizard-setup-{#AppVersion}
SetupIconFile=tomwizard.ico
UninstallDisplayIcon={app}\tomwizard-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "tomwizard-file.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\tomwizard-gui.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; .tomw → tomwizard.tomw (ProgID) → "tomwizard-gui.exe" "%1"; removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.tomw"; ValueType: string; ValueName: ""; ValueData: "tomwizard.tomw"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tomw"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-tomwizard"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tomw\OpenWithProgids"; ValueType: string; ValueName: "tomwizard.tomw"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\tomwizard.tomw"; ValueType: string; ValueName: ""; ValueData: "tomwizard-Datei (TOM-Anlage)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\tomwizard.tomw\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\tomwizard-file.ico"
Root: HKA; Subkey: "Software\Classes\tomwizard.tomw\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\tomwizard-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\tomwizard-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".tomw"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\tomwizard-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
