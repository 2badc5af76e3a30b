@rem Called by the Mini Analysis Windows scripts. Sets JAVA to the java.exe of a Java 21+ runtime:
@rem %JAVA_HOME%'s if it is 21+, else the first java.exe on the PATH that is; stops with one message
@rem (exit code 1) when there is none.
@set "JAVA="
@if defined JAVA_HOME call :miniana_try_java "%JAVA_HOME%\bin\java.exe"
@if defined JAVA exit /b 0
@for /f "delims=" %%j in ('where java.exe 2^>nul') do @(
    if not defined JAVA call :miniana_try_java "%%~j"
)
@if defined JAVA exit /b 0
@echo miniana: no Java 21 or newer found (looked at %%JAVA_HOME%% and the PATH); install one, e.g. Temurin 25, or set JAVA_HOME 1>&2
@exit /b 1

@rem %1: a java.exe. Sets JAVA to it when its version (the first "... version "N..." line of
@rem java -version, which may follow a "Picked up ..." line) is 21 or newer.
:miniana_try_java
@if not exist "%~1" exit /b 0
@set "miniana_java_version="
@for /f "tokens=2,3" %%a in ('""%~1" -version 2^>^&1"') do @(
    if "%%a"=="version" if not defined miniana_java_version set "miniana_java_version=%%~b"
)
@if not defined miniana_java_version exit /b 0
@for /f "delims=.-+" %%m in ("%miniana_java_version%") do @set "miniana_java_major=%%m"
@if %miniana_java_major% GEQ 21 set "JAVA=%~1"
@exit /b 0
