; Inno Setup script: the Windows installer of Workshop App, made from the bundle that
; packaging/workshop_app.spec builds (dist\workshop-app). Run by build.ps1:
;   iscc /DAppVersion=0.1.0 packaging\windows\workshop-app.iss
; It installs for the current user by default (no administrator needed; a dialog offers
; all users), adds a Start menu entry, and never touches the workshops on uninstall:
; they live in %LOCALAPPDATA%\WorkshopApp.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6B0B7C52-3F0A-4C8E-9A51-2D7F1E5C9A10}
AppName=Workshop App
AppVersion={#AppVersion}
AppVerName=Workshop App {#AppVersion}
AppPublisher=The Workshop App contributors
DefaultDirName={autopf}\Workshop App
DefaultGroupName=Workshop App
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\app\workshop-app.ico
UninstallDisplayIcon={app}\workshop-app.exe
OutputDir={#Root}\dist\installers
OutputBaseFilename=WorkshopApp-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\workshop-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Workshop App"; Filename: "{app}\workshop-app.exe"
Name: "{autodesktop}\Workshop App"; Filename: "{app}\workshop-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\workshop-app.exe"; Description: "{cm:LaunchProgram,Workshop App}"; Flags: nowait postinstall skipifsilent
