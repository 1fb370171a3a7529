#!/usr/bin/env bash
# What DslPlanning adds to a build, at national scale.
#
# Builds a project holding the national corpus (458 plans) twice and prints the times and their ratio:
#   with     - the analyzers and the generator check and compile the *.plan files (the normal setup);
#   without  - the same C# that the generator emits, compiled directly, with no analyzers and no plans.
# Each build compiles the project again (--no-dependencies, target Rebuild) RUNS times; the median counts.
#
#   scripts/build-overhead.sh [RUNS]        (default 3; needs the .NET SDK; takes a few minutes)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Generating the national corpus into $work ..."
dotnet run --project "$repo/tests/DslPlanning.Corpus" -c Release -- "$work/with/plans" national

cat > "$work/with/With.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/analyzers/DslPlanning.Analyzers/build/DslPlanning.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>$work/generated</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/DslPlanning.Model/DslPlanning.Model.csproj" />
    <ProjectReference Include="$repo/analyzers/DslPlanning.Analyzers/DslPlanning.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML

echo "Building once with the generator, to restore and to keep the C# it emits ..."
dotnet build "$work/with/With.csproj" -c Release -nologo -v:q -p:TreatWarningsAsErrors=false > "$work/first-build.log" || { cat "$work/first-build.log"; exit 1; }

mkdir -p "$work/without"
cp -r "$work/generated" "$work/without/generated"
cat > "$work/without/Without.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/DslPlanning.Model/DslPlanning.Model.csproj" />
  </ItemGroup>
</Project>
XML
dotnet build "$work/without/Without.csproj" -c Release -nologo -v:q > "$work/without-first-build.log" || { cat "$work/without-first-build.log"; exit 1; }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_builds() {
  local project="$1"
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    if ! dotnet build "$project" -c Release -nologo -v:q --no-restore --no-dependencies -t:Rebuild -p:TreatWarningsAsErrors=false > "$work/timed-build.log"; then
      cat "$work/timed-build.log" >&2
      echo "build of $project failed" >&2
      exit 1
    fi
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
  done | median
}

echo "Timing $runs builds of each ..."
with=$(time_builds "$work/with/With.csproj") || exit 1
without=$(time_builds "$work/without/Without.csproj") || exit 1
plans=$(find "$work/with/plans" -name '*.plan' | wc -l)
sources=$(find "$work/without/generated" -name '*.cs' | wc -l)
printf 'plans: %s; generated C# files: %s\n' "$plans" "$sources"
printf 'build with analyzers and generator:   %6.2f s\n' "$with"
printf 'build of the pre-generated C# alone:  %6.2f s\n' "$without"
printf 'overhead ratio (with / without):      %6.2f\n' "$(awk -v a="$with" -v b="$without" 'BEGIN { print a / b }')"
