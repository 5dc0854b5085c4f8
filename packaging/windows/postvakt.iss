; Inno Setup script for Postvakt: a per-user installation without administrator rights.
;
; Build the one-folder application first (on Windows, in the checkout):
;     .venv\Scripts\pyinstaller --noconfirm --clean packaging\postvakt.spec
; then the installer (Inno Setup 6, https://jrsoftware.org/isinfo.php):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\postvakt.iss
; Result: dist\installer\Postvakt-0.1.0-setup.exe
;
; AppVersion must equal desktop_app.__version__; packaging/README.md shows how to read it.
; Silent installation for IT: Postvakt-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Signing: see packaging/README.md (signtool, identity from environment variables).

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=X.Y.Z postvakt.iss
#endif
#ifndef SourceDir
  ; the PyInstaller output, relative to this file
  #define SourceDir "..\..\dist\Postvakt"
#endif

[Setup]
; Never change AppId: Windows uses it to find an earlier installation to upgrade or remove.
AppId={{6F1C2B7E-3A54-4D0B-9C41-5B2E8F7A9D13}
AppName=Postvakt
AppVersion={#AppVersion}
AppVerName=Postvakt {#AppVersion}
AppPublisher=Postvakt
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Postvakt
; Per-user: no administrator rights, installs to %LOCALAPPDATA%\Programs\Postvakt
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Postvakt
DisableDirPage=yes
DefaultGroupName=Postvakt
DisableProgramGroupPage=yes
UninstallDisplayName=Postvakt
UninstallDisplayIcon={app}\postvakt.exe
SetupIconFile=..\icons\postvakt.ico
OutputDir=..\..\dist\installer
OutputBaseFilename=Postvakt-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Postvakt before files are replaced (also in silent mode).
CloseApplications=force
RestartApplications=no
; Signing is optional: define SignTool in ISCC (see packaging/README.md) to sign the
; installer and the uninstaller; the programs themselves are signed before this step.
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder application; files of an older version that are gone are removed by
; [InstallDelete] first, so an upgrade never mixes two versions' libraries.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Postvakt"; Filename: "{app}\postvakt.exe"; WorkingDir: "{app}"; Comment: "Veiviser for kommunal post gjennom SvarUt, Altinn og DPI"
Name: "{userdesktop}\Postvakt"; Filename: "{app}\postvakt.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\postvakt.exe"; Description: "{cm:LaunchProgram,Postvakt}"; Flags: nowait postinstall skipifsilent

; User data (%LOCALAPPDATA%\Postvakt: workspaces, log) and the secrets in Windows
; Legitimasjonsbehandling are left in place on uninstall, on purpose: the log is evidence.
