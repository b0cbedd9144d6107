# Builds the release MSI on Windows with WiX Toolset 3 (candle/light on PATH) from a staged tree.
#
#   pwsh packaging/windows/build-msi-wix3.ps1 -Stage stage -Version 0.1.0 -Out operator-console.msi
#
# Stage is what `cmake --install build --prefix stage` produced (windeployqt has run as part of it).
# heat harvests every file of the stage into the "Payload" component group except the program,
# which operator-console.wxs installs itself (shortcuts and AppUserModelID point at that component).
# light validates the MSI with the ICE rules (a failing ICE fails the build); no -sval anywhere.
param(
    [Parameter(Mandatory)][string]$Stage,
    [Parameter(Mandatory)][string]$Version,
    [Parameter(Mandatory)][string]$Out
)
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$Stage = (Resolve-Path $Stage).Path
$work = Join-Path ([IO.Path]::GetTempPath()) "opc-msi-$PID"
New-Item -ItemType Directory -Force $work | Out-Null

function Invoke-Tool {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "$($args[0]) failed with exit code $LASTEXITCODE" }
}

$payload = Join-Path $work 'payload.wxs'
Invoke-Tool heat dir $Stage -nologo -dr INSTALLDIR -cg Payload -srd -sreg -ag -var var.StageDir -out $payload

# Drop the program's component from the harvest: the .wxs owns bin\operator-console.exe.
[xml]$doc = Get-Content $payload
$ns = @{ w = 'http://schemas.microsoft.com/wix/2006/wi' }
$exe = Select-Xml -Xml $doc -Namespace $ns -XPath '//w:File' |
    Where-Object { $_.Node.Source -like '*\bin\operator-console.exe' }
if (-not $exe) { throw "heat did not harvest bin\operator-console.exe from $Stage" }
$component = $exe.Node.ParentNode
$id = $component.Id
$component.ParentNode.RemoveChild($component) | Out-Null
foreach ($ref in (Select-Xml -Xml $doc -Namespace $ns -XPath "//w:ComponentRef[@Id='$id']")) {
    $ref.Node.ParentNode.RemoveChild($ref.Node) | Out-Null
}
$doc.Save($payload)

Invoke-Tool candle -nologo -arch x64 -out "$work\" `
    "-dStageDir=$Stage" -dExeSource=operator-console.exe "-dVersion=$Version" `
    "-dIconFile=$here\operator-console.ico" -dToolset=wix3 `
    "$here\operator-console.wxs" $payload
Invoke-Tool light -nologo -out $Out "$work\operator-console.wixobj" "$work\payload.wixobj"
Remove-Item -Recurse -Force $work
Write-Output "built $Out"
