@echo off
rem Starts Kontaktcharta (charta) with Java 17 or newer.
rem
rem Environment (as for bin/charta):
rem   JAVA_HOME    the Java installation to use; without it, the first java.exe on PATH
rem   JAVA_OPTS    options for the JVM, e.g. -Xmx2g
rem   CHARTA_OPTS  more JVM options, for charta only (given after JAVA_OPTS, so they win)
rem   CHARTA_CDS   "off" to neither use nor create the start-up archive
rem
rem The first "charta analyse" creates a class-data archive in %LOCALAPPDATA%\kontaktcharta\
rem that makes every later start quicker. It may be deleted at any time.
rem
rem Paths may hold spaces and parentheses ("C:\Program Files (x86)"), so they are never
rem expanded inside parenthesised blocks: the flow goes by labels instead.

setlocal EnableExtensions DisableDelayedExpansion

for %%i in ("%~dp0..") do set "APP_HOME=%%~fi"
set "APP_JAR="
for %%j in ("%APP_HOME%\lib\kontaktcharta-*.jar") do (set "APP_JAR=%%~fj" & set "APP_JAR_NAME=%%~nj" & set "APP_JAR_SIZE=%%~zj")
if not defined APP_JAR goto no_jar
set "VERSION=%APP_JAR_NAME:kontaktcharta-=%"

if not defined JAVA_HOME goto java_from_path
set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_CMD%" goto java_found
echo charta: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe; point it to a Java 17 or newer 1>&2
exit /b 69

:java_from_path
set "JAVA_CMD="
for %%p in (java.exe) do set "JAVA_CMD=%%~$PATH:p"
if defined JAVA_CMD goto java_found
echo charta: Java 17 or newer is needed, but no java.exe is on PATH and JAVA_HOME is not set 1>&2
exit /b 69

:java_found
rem A JDK or JRE names its version in the release file beside bin\; reading it saves starting a
rem JVM just to ask. Other layouts (e.g. the javapath stubs of installers) are asked with -version.
for %%i in ("%JAVA_CMD%") do set "JAVA_DIR=%%~dpi"
for %%i in ("%JAVA_DIR%..") do set "JAVA_ROOT=%%~fi"
set "JAVA_VERSION="
if not exist "%JAVA_ROOT%\release" goto ask_java
for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_ROOT%\release") do if "%%a"=="JAVA_VERSION" set "JAVA_VERSION=%%~b"
if defined JAVA_VERSION goto check_version

:ask_java
set "ANSWER=%TEMP%\charta-java-version-%RANDOM%.txt"
"%JAVA_CMD%" -version 2>"%ANSWER%"
for /f "usebackq tokens=3" %%v in (`findstr /c:" version " "%ANSWER%"`) do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
del "%ANSWER%" >nul 2>&1

:check_version
set "MAJOR="
for /f "tokens=1,2 delims=." %%a in ("%JAVA_VERSION%") do (set "MAJOR=%%a" & if "%%a"=="1" set "MAJOR=%%b")
for /f "delims=-+_" %%m in ("%MAJOR%") do set "MAJOR=%%m"
set /a "MAJOR_NUMBER=MAJOR" >nul 2>&1 || set "MAJOR_NUMBER=0"
if %MAJOR_NUMBER% GEQ 17 goto java_ok
if not defined JAVA_VERSION set "JAVA_VERSION=of unknown version"
echo charta: Java 17 or newer is needed, but %JAVA_CMD% is Java %JAVA_VERSION%; set JAVA_HOME to a newer one 1>&2
exit /b 69

:java_ok
rem -Djava.awt.headless=true: a command-line tool never opens a window (see bin/charta).
rem Class-data sharing: see bin/charta. The JVM checks the archive against the jars and itself
rem and ignores it silently when it does not fit; the version, the Java version and the jar's
rem size in the name keep archives apart, and the archive's own size in the name detects a
rem cut-off file (the JVM would crash on one).
set "ARCHIVE="
set "DUMP_TO="
set "CLASS_LIST="
if /i "%CHARTA_CDS%"=="off" goto run_plain
if not defined LOCALAPPDATA goto run_plain
set "CACHE=%LOCALAPPDATA%\kontaktcharta"
set "PREFIX=charta-%VERSION%-java%JAVA_VERSION%-%APP_JAR_SIZE%"
for %%a in ("%CACHE%\%PREFIX%.*.jsa") do call :check_archive "%%~fa" "%%~na" "%%~za"
if defined ARCHIVE goto run_archive

rem The archive is made from the classes an analysis listed, by a JVM of its own once the analysis
rem ended well (a static archive, see bin/charta), without the user's JVM options (-Xshare:off
rem would make the JVM refuse to start).
if /i not "%~1"=="analyse" goto run_plain
if defined JAVA_OPTS goto run_plain
if defined CHARTA_OPTS goto run_plain
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>&1
set "CLASS_LIST=%CACHE%\.charta-%RANDOM%%RANDOM%.classlist"
set "DUMP_TO=%CLASS_LIST%.jsa.part"
type nul >"%CLASS_LIST%" 2>nul || goto run_plain
"%JAVA_CMD%" "-XX:DumpLoadedClassList=%CLASS_LIST%" "-Xlog:cds*=off" -Djava.awt.headless=true -jar "%APP_JAR%" %*
set "STATUS=%ERRORLEVEL%"
if %STATUS% GTR 1 goto dump_done
set "LIST_SIZE=0"
for %%f in ("%CLASS_LIST%") do set "LIST_SIZE=%%~zf"
if "%LIST_SIZE%"=="0" goto dump_done
"%JAVA_CMD%" -Xshare:dump "-XX:SharedClassListFile=%CLASS_LIST%" "-XX:SharedArchiveFile=%DUMP_TO%" "-Xlog:cds*=off" -cp "%APP_JAR%" >nul 2>&1
if errorlevel 1 goto dump_done
if not exist "%DUMP_TO%" goto dump_done
set "DUMP_SIZE=0"
for %%f in ("%DUMP_TO%") do set "DUMP_SIZE=%%~zf"
if "%DUMP_SIZE%"=="0" goto dump_done
move /y "%DUMP_TO%" "%CACHE%\%PREFIX%.%DUMP_SIZE%.jsa" >nul 2>&1
:dump_done
del "%CLASS_LIST%" >nul 2>&1
del "%DUMP_TO%" >nul 2>&1
exit /b %STATUS%

:run_archive
"%JAVA_CMD%" "-XX:SharedArchiveFile=%ARCHIVE%" "-Xlog:cds*=off" -Djava.awt.headless=true %JAVA_OPTS% %CHARTA_OPTS% -jar "%APP_JAR%" %*
exit /b %ERRORLEVEL%

:run_plain
"%JAVA_CMD%" -Djava.awt.headless=true %JAVA_OPTS% %CHARTA_OPTS% -jar "%APP_JAR%" %*
exit /b %ERRORLEVEL%

:no_jar
echo charta: %APP_HOME%\lib holds no kontaktcharta-*.jar; unpack the distribution again 1>&2
exit /b 69

rem %1 the archive, %2 its name without .jsa (ending in .SIZE), %3 its real size.
:check_archive
for %%n in ("%~2") do set "NAMED_SIZE=%%~xn"
if not "%NAMED_SIZE%"==".%~3" goto bad_archive
set "ARCHIVE=%~1"
goto :eof
:bad_archive
del "%~1" >nul 2>&1
goto :eof
