@echo off
rem Starts the Mini Analysis command line (headless product) on Windows. Arguments go to the application.
setlocal
set "here=%~dp0"
set "here=%here:~0,-1%"
call "%here%\find-java.cmd" || exit /b 1
for %%l in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fl"
rem The platform's log reaches the console only with --debug, as in the sh script
set "console="
for %%a in (%*) do if "%%~a"=="--debug" set "console=-consoleLog"
"%JAVA%" %MINIANA_JAVA_OPTS% -jar "%launcher%" -install "%here%" -nosplash %console% -application org.miniana.headless.app %*
