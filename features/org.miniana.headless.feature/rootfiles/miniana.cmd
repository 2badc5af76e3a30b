@echo off
rem Starts the Mini Analysis command line (headless product) on Windows. Arguments go to the application.
setlocal
set "here=%~dp0"
set "here=%here:~0,-1%"
call "%here%\find-java.cmd" || exit /b 1
rem The command and its subcommand (the first two arguments that are no option nor an option's value)
rem and --debug, as in the sh script
set "console="
set "command="
set "subcommand="
set "value_follows="
for %%a in (%*) do call :argument "%%~a"
rem A command that runs for a few seconds spends more time compiling than running (see the sh script)
set "jvm=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%command%"=="scan" set "jvm="
if "%command%"=="validate" set "jvm="
if "%command% %subcommand%"=="models generate" set "jvm="
if "%command%"=="bench" set "jvm="
if "%command%"=="import" set "jvm="
rem The launcher and the framework on the class path, as in the sh script
for %%l in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fl"
for %%f in ("%here%\plugins\org.eclipse.osgi_*.jar") do set "framework=%%~ff"
"%JAVA%" %jvm% %MINIANA_JAVA_OPTS% --add-opens java.base/jdk.internal.loader=ALL-UNNAMED -Dosgi.frameworkParentClassloader=app ^
    -cp "%launcher%;%framework%" org.eclipse.equinox.launcher.Main -install "%here%" -nosplash %console% ^
    -application org.miniana.headless.app %*
exit /b %errorlevel%

:argument
if defined value_follows (
    set "value_follows="
    goto :eof
)
if "%~1"=="--debug" set "console=-consoleLog"
if "%~1"=="--db" set "value_follows=1"
if "%~1"=="--db-url" set "value_follows=1"
set "argument=%~1"
if "%argument:~0,1%"=="-" goto :eof
if defined command (
    if not defined subcommand set "subcommand=%~1"
    goto :eof
)
set "command=%~1"
goto :eof
