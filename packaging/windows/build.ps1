# Build Workshop App for Windows: the bundle (packaging/workshop_app.spec), its smoke test,
# and the installer (Inno Setup). Run from anywhere, with Python 3.11 on the PATH:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Writes dist\workshop-app\ and dist\installers\WorkshopApp-<version>-setup.exe.
# Not run on the project's own machine (Linux): .github/workflows/installers.yml runs it.
param([switch]$SkipSmokeTest)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

function Run([string]$What, [scriptblock]$Command) {
    Write-Host "build: $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build: $What failed (exit code $LASTEXITCODE)" }
}

$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"').Matches[0].Groups[1].Value
if (-not (Test-Path .venv-dist)) { Run "virtual environment" { python -m venv .venv-dist } }
$python = ".venv-dist\Scripts\python.exe"
Run "install the app with PyInstaller" { & $python -m pip install -q --disable-pip-version-check -e ".[dist]" }
Run "bundle" {
    & $python -m PyInstaller --noconfirm --log-level WARN --distpath dist `
        --workpath build\pyinstaller packaging\workshop_app.spec
}

if (-not $SkipSmokeTest) {
    # Git for Windows' bash (not WSL's, which `bash` may find first).
    $bash = Join-Path $env:ProgramFiles "Git\bin\bash.exe"
    if (-not (Test-Path $bash)) { throw "build: Git Bash is needed for the smoke test ($bash)" }
    Run "smoke test" { & $bash packaging/smoke_test.sh dist/workshop-app }
}

$iscc = @(
    (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source,
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $iscc) {
    Run "install Inno Setup" { choco install innosetup --no-progress -y }
    $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
}
Run "installer" { & $iscc /Q "/DAppVersion=$version" packaging\windows\workshop-app.iss }
Write-Host "build: dist\installers\WorkshopApp-$version-setup.exe"
