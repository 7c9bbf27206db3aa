#!/usr/bin/env bash
# Prepares this machine for building and testing Governance. Idempotent: silent and fast when
# everything is in place, one short line per piece of real work, loud failure otherwise.
#
#  1. Debian packages the tests need (installed only when missing).
#  2. Stand-ins for NuGet packages the configured feed lacks, each created ONLY when the feed
#     probe says the official package is absent (see eng/README.md). Products go to git-ignored
#     folders: .local-feed/ (nupkgs) and artifacts/env/ (generated files, probe cache and the
#     generated artifacts/env/Workarounds.props that Directory.Build.props imports).
#  3. `dotnet tool restore` for the local tool manifest (.config/dotnet-tools.json).
#
# On a machine whose feed has every package, step 2 writes nothing and the build is plain.
# Environment: NUGET_FLAT_CONTAINER overrides the flat-container base URL used by the probes.
# Delete artifacts/env to force a new probe (e.g. after the feed changed).
set -Eeuo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ENV_DIR="$ROOT/artifacts/env"
readonly FEED_DIR="$ROOT/.local-feed"
readonly PROBE_CACHE="$ENV_DIR/feed-probe.cache"
readonly PROPS_FILE="$ENV_DIR/Workarounds.props"
readonly FLAT_CONTAINER="${NUGET_FLAT_CONTAINER:-https://api.nuget.org/v3-flatcontainer}"

# Versions the workarounds are built for; keep in line with Directory.Packages.props and
# eng/Workarounds.targets.
readonly LIBRDKAFKA_VERSION=2.15.1
readonly KAFKA_JS_NPM="@confluentinc/kafka-javascript@1.10.1"
readonly BLAZOR_JS_SOURCE_VERSION=9.0.22
readonly ASPNETCORE_VERSION=10.0.14

# curl and ca-certificates are what this script itself needs (feed probes, downloads).
readonly BASE_DEBS=(postgresql chromium poppler-utils fonts-dejavu-core kcat jq curl ca-certificates)
readonly LIBRDKAFKA_BUILD_DEBS=(build-essential pkg-config zlib1g-dev libssl-dev libsasl2-dev libzstd-dev liblz4-dev)

APT_UPDATED=false
ENVTOOL_READY=false
PROBE_RESULT=""

say() { echo "bootstrap: $*"; }
die() { echo "bootstrap: ERROR: $*" >&2; exit 1; }
trap 'echo "bootstrap: ERROR: command failed (line $LINENO): $BASH_COMMAND" >&2' ERR

# Runs a noisy command with its output in a log file; shows the log tail only on failure.
run_logged() {
    local log=$1; shift
    if ! "$@" >"$log" 2>&1; then
        echo "bootstrap: ERROR: '$*' failed; last lines of $log:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
}

# Writes stdin to a file only when the content differs, so that MSBuild (which tracks imported
# files) and make-style checks do not see a change on every run.
write_if_changed() {
    local target=$1 tmp
    tmp="$(mktemp "$target.XXXXXX")"
    cat >"$tmp"
    if [[ -f "$target" ]] && cmp -s "$tmp" "$target"; then
        rm -f "$tmp"
    else
        chmod 644 "$tmp"
        mv -f "$tmp" "$target"
    fi
}

# ---------------------------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------------------------

missing_debs() {
    local installed
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null | awk '$2 == "installed" { print $1 }' || true)"
    local pkg
    for pkg in "$@"; do
        grep -qx -- "${pkg%%:*}" <<<"$installed" || echo "$pkg"
    done
}

ensure_debs() {
    local missing
    mapfile -t missing < <(missing_debs "$@")
    ((${#missing[@]} == 0)) && return 0
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "Debian packages missing (${missing[*]}) and not root; install them first."
        sudo=(sudo)
    fi
    say "installing Debian packages: ${missing[*]}"
    mkdir -p "$ENV_DIR"
    if [[ $APT_UPDATED == false ]]; then
        run_logged "$ENV_DIR/apt-update.log" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
        APT_UPDATED=true
    fi
    run_logged "$ENV_DIR/apt-install.log" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------------------------------------
# Feed probe (cached): is <id> <version> on the configured NuGet feed?
# ---------------------------------------------------------------------------------------------

# Sets PROBE_RESULT to "present" or "absent". Not meant for $(...): a failing probe must stop
# the whole script, not just a subshell. Answers are cached so that reruns stay offline-fast.
probe_feed() {
    local id=${1,,} version=${2,,} cached answer code body
    if [[ -f "$PROBE_CACHE" ]]; then
        cached="$(awk -v id="$id" -v v="$version" '$1 == id && $2 == v { print $3 }' "$PROBE_CACHE")"
        if [[ -n "$cached" ]]; then PROBE_RESULT=$cached; return 0; fi
    fi
    body="$(mktemp)"
    code="$(curl -sS -L --max-time 60 -o "$body" -w '%{http_code}' "$FLAT_CONTAINER/$id/index.json")" ||
        { rm -f "$body"; die "cannot reach the NuGet feed at $FLAT_CONTAINER (probing $id)"; }
    case "$code" in
        200) if tr -d ' \n\r\t' <"$body" | grep -qi "\"$version\""; then answer=present; else answer=absent; fi ;;
        404) answer=absent ;;
        *) rm -f "$body"; die "unexpected HTTP $code from $FLAT_CONTAINER/$id/index.json" ;;
    esac
    rm -f "$body"
    mkdir -p "$ENV_DIR"
    echo "$id $version $answer" >>"$PROBE_CACHE"
    PROBE_RESULT=$answer
}

is_absent() { probe_feed "$1" "$2"; [[ $PROBE_RESULT == absent ]]; }

# ---------------------------------------------------------------------------------------------
# envtool: a throwaway C# helper generated here (never committed) that reads an embedded
# resource with System.Reflection.Metadata and writes nupkg files. Built only when needed.
# ---------------------------------------------------------------------------------------------

ensure_envtool() {
    [[ $ENVTOOL_READY == true ]] && return 0
    local dir="$ENV_DIR/envtool"
    mkdir -p "$dir"
    # Empty Directory.* files stop MSBuild from picking up the repository's build settings
    # (central package management, warnings as errors, the workarounds themselves).
    for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
        echo '<Project />' | write_if_changed "$dir/$f"
    done
    write_if_changed "$dir/envtool.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <AssemblyName>envtool</AssemblyName>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
</Project>
EOF
    write_if_changed "$dir/Program.cs" <<'EOF'
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security;

return args switch
{
    ["extract-resource", var nupkg, var entry, var resource, var output] => ExtractResource(nupkg, entry, resource, output),
    ["pack", var output, var id, var version, var description, .. var files] => Pack(output, id, version, description, files),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: envtool extract-resource <nupkg> <dll entry> <resource name> <output>");
    Console.Error.WriteLine("       envtool pack <output.nupkg> <id> <version> <description> [<file>=<path in package>]...");
    return 2;
}

// Copies the embedded (manifest) resource of an assembly stored inside a nupkg to a file.
static int ExtractResource(string nupkg, string entryName, string resourceName, string output)
{
    using var zip = ZipFile.OpenRead(nupkg);
    var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} is not in {nupkg}");
    var image = new MemoryStream();
    using (var stream = entry.Open()) stream.CopyTo(image);
    image.Position = 0;
    using var pe = new PEReader(image, PEStreamOptions.PrefetchEntireImage);
    var metadata = pe.GetMetadataReader();
    foreach (var handle in metadata.ManifestResources)
    {
        var resource = metadata.GetManifestResource(handle);
        if (metadata.GetString(resource.Name) != resourceName) continue;
        if (!resource.Implementation.IsNil) throw new InvalidOperationException($"{resourceName} is not embedded");
        var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
        var block = pe.GetSectionData(directory.RelativeVirtualAddress);
        var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
        var bytes = reader.ReadBytes(reader.ReadInt32());
        WriteAtomically(output, file => file.Write(bytes));
        return 0;
    }
    throw new InvalidOperationException($"resource {resourceName} not found in {entryName}");
}

// Writes a minimal nupkg: nuspec, content types and the given files.
static int Pack(string output, string id, string version, string description, string[] files)
{
    var nuspec = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
          <metadata>
            <id>{SecurityElement.Escape(id)}</id>
            <version>{SecurityElement.Escape(version)}</version>
            <authors>Governance build (local stand-in)</authors>
            <description>{SecurityElement.Escape(description)}</description>
          </metadata>
        </package>
        """;
    const string contentTypes = """
        <?xml version="1.0" encoding="utf-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="nuspec" ContentType="application/octet" />
          <Default Extension="so" ContentType="application/octet" />
          <Default Extension="txt" ContentType="application/octet" />
        </Types>
        """;
    WriteAtomically(output, file =>
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
        AddText(zip, $"{id}.nuspec", nuspec);
        AddText(zip, "[Content_Types].xml", contentTypes);
        foreach (var spec in files)
        {
            var separator = spec.LastIndexOf('=');
            if (separator <= 0) throw new ArgumentException($"expected <file>=<path in package>, got '{spec}'");
            var entry = zip.CreateEntry(spec[(separator + 1)..], CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var target = entry.Open();
            using var source = File.OpenRead(spec[..separator]);
            source.CopyTo(target);
        }
    });
    return 0;
}

static void AddText(ZipArchive zip, string name, string text)
{
    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
    entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    using var writer = new StreamWriter(entry.Open());
    writer.Write(text);
}

static void WriteAtomically(string output, Action<FileStream> write)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var temporary = output + ".tmp";
    using (var file = File.Create(temporary)) write(file);
    File.Move(temporary, output, overwrite: true);
}
EOF
    if [[ ! -f "$dir/bin/envtool.dll" || "$dir/Program.cs" -nt "$dir/bin/envtool.dll" ]]; then
        run_logged "$dir/build.log" dotnet build "$dir/envtool.csproj" -c Release -o "$dir/bin" --nologo
    fi
    ENVTOOL_READY=true
}

envtool() { ensure_envtool; dotnet "$ENV_DIR/envtool/bin/envtool.dll" "$@"; }

# ---------------------------------------------------------------------------------------------
# a. librdkafka.redist built from the librdkafka source shipped in the npm Kafka client
# ---------------------------------------------------------------------------------------------

ensure_librdkafka_redist() {
    local nupkg="$FEED_DIR/librdkafka.redist.$LIBRDKAFKA_VERSION.nupkg"
    [[ -f "$nupkg" ]] && return 0
    say "building librdkafka $LIBRDKAFKA_VERSION from source for the local feed (about a minute)"
    ensure_debs "${LIBRDKAFKA_BUILD_DEBS[@]}"
    command -v npm >/dev/null || ensure_debs npm
    local work="$ENV_DIR/librdkafka"
    rm -rf "$work"
    mkdir -p "$work"
    run_logged "$work/npm-pack.log" npm pack "$KAFKA_JS_NPM" --pack-destination "$work"
    local tarball
    tarball="$(ls "$work"/*.tgz)"
    tar -xzf "$tarball" -C "$work" package/deps/librdkafka
    local src="$work/package/deps/librdkafka"
    grep -q "RD_KAFKA_VERSION *0x020f01" "$src/src/rdkafka.h" ||
        die "$KAFKA_JS_NPM does not carry librdkafka $LIBRDKAFKA_VERSION"
    # The C library is all .NET needs; the C++ wrapper and examples are skipped.
    run_logged "$work/configure.log" bash -c "cd '$src' && ./configure --disable-debug-symbols"
    run_logged "$work/make.log" make -C "$src/src" -j"$(nproc)" librdkafka.so.1
    strip --strip-unneeded "$src/src/librdkafka.so.1"
    mkdir -p "$FEED_DIR"
    envtool pack "$nupkg" librdkafka.redist "$LIBRDKAFKA_VERSION" \
        "librdkafka $LIBRDKAFKA_VERSION built from source on this machine (stand-in for the official redist; linux-x64 only)." \
        "$src/src/librdkafka.so.1=runtimes/linux-x64/native/librdkafka.so" \
        "$src/LICENSE=LICENSE.txt"
    rm -rf "$work"
}

# ---------------------------------------------------------------------------------------------
# b. blazor.web.js for net10 Blazor apps (the framework's asset package is absent)
# ---------------------------------------------------------------------------------------------

# Version of Microsoft.AspNetCore.App.Internal.Assets the selected SDK restores for Razor apps.
sdk_web_assets_version() {
    local dotnet_root sdk_version props
    dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
    sdk_version="$(cd "$ROOT" && dotnet --version)"
    props="$dotnet_root/sdk/$sdk_version/Microsoft.NETCoreSdk.BundledVersions.props"
    [[ -f "$props" ]] || die "cannot find $props"
    grep -A2 'Include="Microsoft.AspNetCore.App.Internal.Assets"' "$props" |
        sed -n 's/.*AspNetCorePackVersion="\([^"]*\)".*/\1/p' | head -n1
}

ensure_blazor_web_js() {
    local output="$ENV_DIR/blazor/blazor.web.js"
    [[ -s "$output" ]] && return 0
    say "extracting blazor.web.js from Microsoft.AspNetCore.App.Runtime.linux-x64 $BLAZOR_JS_SOURCE_VERSION"
    local id=microsoft.aspnetcore.app.runtime.linux-x64 download="$ENV_DIR/downloads"
    local nupkg="$download/$id.$BLAZOR_JS_SOURCE_VERSION.nupkg"
    mkdir -p "$download"
    curl -sS -f -L --max-time 600 -o "$nupkg.part" \
        "$FLAT_CONTAINER/$id/$BLAZOR_JS_SOURCE_VERSION/$id.$BLAZOR_JS_SOURCE_VERSION.nupkg" ||
        die "cannot download $id $BLAZOR_JS_SOURCE_VERSION from $FLAT_CONTAINER"
    mv -f "$nupkg.part" "$nupkg"
    envtool extract-resource "$nupkg" \
        "runtimes/linux-x64/lib/net${BLAZOR_JS_SOURCE_VERSION%%.*}.0/Microsoft.AspNetCore.Components.Endpoints.dll" \
        "_framework/blazor.web.js" "$output"
    rm -f "$nupkg"
    grep -q "Blazor" "$output" || die "extracted $output does not look like blazor.web.js"
}

# ---------------------------------------------------------------------------------------------
# c. empty stand-ins for packages EF Core SqlServer needs only for features unused here
# ---------------------------------------------------------------------------------------------

ensure_empty_package() {
    local id=$1 version=$2
    local nupkg="$FEED_DIR/${id,,}.$version.nupkg"
    [[ -f "$nupkg" ]] && return 0
    say "creating empty stand-in package $id $version"
    mkdir -p "$FEED_DIR"
    local readme="$ENV_DIR/empty-package.txt"
    echo "Empty stand-in: the configured NuGet feed lacks this package. See eng/README.md." >"$readme"
    envtool pack "$nupkg" "$id" "$version" "Empty local stand-in for $id (absent from the configured feed)." \
        "$readme=content/empty.txt"
}

# ---------------------------------------------------------------------------------------------
# Generated MSBuild properties (consumed by eng/Workarounds.targets)
# ---------------------------------------------------------------------------------------------

write_workarounds_props() {
    local -a props=("$@")
    if ((${#props[@]} == 0)); then
        rm -f "$PROPS_FILE"
        return 0
    fi
    mkdir -p "$ENV_DIR"
    {
        echo '<Project>'
        echo '  <!-- Generated by eng/bootstrap.sh for this machine'"'"'s NuGet feed; do not edit. See eng/README.md. -->'
        echo '  <PropertyGroup>'
        printf '    %s\n' "${props[@]}"
        echo '  </PropertyGroup>'
        echo '</Project>'
    } | write_if_changed "$PROPS_FILE"
}

# ---------------------------------------------------------------------------------------------
# dotnet local tools (dotnet-ef)
# ---------------------------------------------------------------------------------------------

# Tools of .config/dotnet-tools.json missing from the NuGet global packages folder.
missing_tools() {
    local packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}" entry name version
    # The manifest is written by `dotnet tool install`, which puts "version" first in each entry.
    tr -d ' \n\r\t' <"$ROOT/.config/dotnet-tools.json" | grep -o '"[^"]*":{"version":"[^"]*"' |
        while IFS= read -r entry; do
            name="$(cut -d'"' -f2 <<<"$entry")"
            version="$(cut -d'"' -f6 <<<"$entry")"
            [[ -d "$packages/${name,,}/${version,,}" ]] || echo "$name"
        done
}

restore_local_tools() {
    local missing
    missing="$(missing_tools)"
    [[ -n "$missing" ]] && say "restoring dotnet local tools: $(echo $missing)"
    # Always run: it is quick and also repairs a manifest/cache mismatch the check above misses.
    run_logged "$ENV_DIR/tool-restore.log" dotnet tool restore --tool-manifest "$ROOT/.config/dotnet-tools.json"
}

main() {
    mkdir -p "$ENV_DIR"
    # Serialise concurrent runs (parallel CI jobs sharing a checkout).
    exec 9>"$ENV_DIR/.bootstrap.lock"
    flock 9

    ensure_debs "${BASE_DEBS[@]}"
    # The portal's build installs its browser libraries with npm; use the machine's Node.js when
    # it has one, Debian's otherwise.
    if ! command -v npm >/dev/null 2>&1; then
        ensure_debs nodejs npm
    fi

    local -a props=()
    local local_feed=false

    if is_absent librdkafka.redist "$LIBRDKAFKA_VERSION"; then
        ensure_librdkafka_redist
        local_feed=true
    fi

    local web_assets_version
    web_assets_version="$(sdk_web_assets_version)"
    [[ -n "$web_assets_version" ]] || die "cannot read the Microsoft.AspNetCore.App.Internal.Assets version from the SDK"
    if is_absent microsoft.aspnetcore.app.internal.assets "$web_assets_version"; then
        ensure_blazor_web_js
        props+=("<GovernanceBlazorShim>true</GovernanceBlazorShim>"
            "<GovernanceBlazorWebJs>\$(RepoRoot)artifacts/env/blazor/blazor.web.js</GovernanceBlazorWebJs>"
            "<RequiresAspNetWebAssets>false</RequiresAspNetWebAssets>")
    fi

    # EF Core SqlServer 10.0.14: Microsoft.Data.SqlClient 6.1.7 and two of its dependencies.
    local sqlserver_shim=false
    if is_absent microsoft.sqlserver.server 1.0.0; then
        ensure_empty_package Microsoft.SqlServer.Server 1.0.0
        sqlserver_shim=true local_feed=true
    fi
    if is_absent microsoft.identity.client.broker 4.84.2; then
        ensure_empty_package Microsoft.Identity.Client.Broker 4.84.2
        sqlserver_shim=true local_feed=true
    fi
    if [[ $sqlserver_shim == true ]] || is_absent microsoft.data.sqlclient 6.1.7; then
        props+=("<GovernanceSqlServerShim>true</GovernanceSqlServerShim>")
    fi

    # EF Core Design depends on Mono.TextTemplating 3.0.0.
    if is_absent mono.texttemplating 3.0.0; then
        props+=("<GovernanceEfDesignShim>true</GovernanceEfDesignShim>")
    fi

    # bUnit depends on AngleSharp.Diffing 1.1.1 and (via Components.WebAssembly) on
    # Microsoft.JSInterop.WebAssembly.
    if is_absent anglesharp.diffing 1.1.1 || is_absent microsoft.jsinterop.webassembly "$ASPNETCORE_VERSION"; then
        props+=("<GovernanceBunitShim>true</GovernanceBunitShim>")
    fi

    # Any absent package means a partial feed (see the NU1603 note in eng/Workarounds.targets).
    if ((${#props[@]} > 0)) || [[ $local_feed == true ]]; then
        props=("<GovernancePartialFeed>true</GovernancePartialFeed>" "${props[@]}")
    fi
    if [[ $local_feed == true ]]; then
        props=("<GovernanceLocalFeed>\$(RepoRoot).local-feed/</GovernanceLocalFeed>"
            "<RestoreAdditionalProjectSources>\$(RestoreAdditionalProjectSources);\$(GovernanceLocalFeed)</RestoreAdditionalProjectSources>"
            "${props[@]}")
    fi
    write_workarounds_props "${props[@]}"

    restore_local_tools
}

main "$@"
