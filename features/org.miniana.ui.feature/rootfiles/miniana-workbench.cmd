@echo off
rem Starts the Mini Analysis Workbench (RCP product) on Windows. Arguments go to Eclipse and the workbench.
setlocal
set "here=%~dp0"
set "here=%here:~0,-1%"
call "%here%\find-java.cmd" || exit /b 1
for %%l in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fl"
"%JAVA%" %MINIANA_JAVA_OPTS% -jar "%launcher%" -install "%here%" -nosplash -consoleLog -application org.miniana.ui.app %*
