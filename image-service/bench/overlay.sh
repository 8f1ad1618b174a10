#!/usr/bin/env bash
# JMH: one text-overlay render of a 1024x1024 PNG (decode, title + artist + outline, encode).
# Run from the repository root: image-service/bench/overlay.sh   (prints the sample-time
# distribution; the p0.50 line is the median in ms). Builds image-service's classes first.
set -euo pipefail
JMH=1.37
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl image-service compile
./mvnw -B -q dependency:get -Dartifact=org.openjdk.jmh:jmh-core:$JMH
./mvnw -B -q dependency:get -Dartifact=org.openjdk.jmh:jmh-generator-annprocess:$JMH
./mvnw -B -q -pl image-service dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
jmh="$m2/org/openjdk/jmh/jmh-core/$JMH/jmh-core-$JMH.jar:$m2/org/openjdk/jmh/jmh-generator-annprocess/$JMH/jmh-generator-annprocess-$JMH.jar"
jopt="$(find "$m2/net/sf/jopt-simple" -name 'jopt-simple-5*.jar' | head -1)"
math="$(find "$m2/org/apache/commons/commons-math3" -name 'commons-math3-*.jar' | head -1)"
if [ -z "$jopt" ] || [ -z "$math" ]; then
  ./mvnw -B -q dependency:get -Dartifact=net.sf.jopt-simple:jopt-simple:5.0.4
  ./mvnw -B -q dependency:get -Dartifact=org.apache.commons:commons-math3:3.6.1
  jopt="$m2/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar"
  math="$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
fi
out=image-service/target/bench-classes
rm -rf "$out" && mkdir -p "$out"
cp="image-service/target/classes:$(cat image-service/target/bench.classpath):$jmh:$jopt:$math"
javac -proc:full -d "$out" -cp "$cp" image-service/bench/java/dev/macai/image/bench/*.java 2>/dev/null \
  || javac -d "$out" -cp "$cp" image-service/bench/java/dev/macai/image/bench/*.java
java -Djava.awt.headless=true -cp "$out:$cp" org.openjdk.jmh.Main "${@:-OverlayRenderBench}"
