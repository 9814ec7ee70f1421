using System.Runtime.InteropServices;

namespace MpLeaflets.Text.Icu;

/// <summary>
/// The operating system's ICU, loaded once per process the way .NET loads it (see
/// <see cref="IcuProbe"/>), and the C functions the text layer calls, resolved by name into function
/// pointers. Not DllImport: the library's file name and its functions' names carry a version that is
/// only known on the machine that runs the program.
/// </summary>
internal static unsafe class IcuNative
{
    // ICU's C API: UChar is UTF-16 (C# char), UBiDiLevel a byte, UErrorCode an int (> 0 is failure).
    internal sealed class Functions(Func<string, nint> resolve)
    {
        public readonly delegate* unmanaged[Cdecl]<byte*, void> u_getVersion = (delegate* unmanaged[Cdecl]<byte*, void>)resolve("u_getVersion");
        public readonly delegate* unmanaged[Cdecl]<int, int> u_charDirection = (delegate* unmanaged[Cdecl]<int, int>)resolve("u_charDirection");
        public readonly delegate* unmanaged[Cdecl]<int, int, int> u_getIntPropertyValue = (delegate* unmanaged[Cdecl]<int, int, int>)resolve("u_getIntPropertyValue");
        public readonly delegate* unmanaged[Cdecl]<byte*, byte*, int, int*, int> uloc_canonicalize = (delegate* unmanaged[Cdecl]<byte*, byte*, int, int*, int>)resolve("uloc_canonicalize");

        public readonly delegate* unmanaged[Cdecl]<nint> ubidi_open = (delegate* unmanaged[Cdecl]<nint>)resolve("ubidi_open");
        public readonly delegate* unmanaged[Cdecl]<nint, void> ubidi_close = (delegate* unmanaged[Cdecl]<nint, void>)resolve("ubidi_close");
        public readonly delegate* unmanaged[Cdecl]<nint, char*, int, byte, byte*, int*, void> ubidi_setPara = (delegate* unmanaged[Cdecl]<nint, char*, int, byte, byte*, int*, void>)resolve("ubidi_setPara");
        public readonly delegate* unmanaged[Cdecl]<nint, int*, byte*> ubidi_getLevels = (delegate* unmanaged[Cdecl]<nint, int*, byte*>)resolve("ubidi_getLevels");
        public readonly delegate* unmanaged[Cdecl]<nint, byte> ubidi_getParaLevel = (delegate* unmanaged[Cdecl]<nint, byte>)resolve("ubidi_getParaLevel");
        public readonly delegate* unmanaged[Cdecl]<nint, int> ubidi_getProcessedLength = (delegate* unmanaged[Cdecl]<nint, int>)resolve("ubidi_getProcessedLength");
        public readonly delegate* unmanaged[Cdecl]<nint, int*, int> ubidi_getResultLength = (delegate* unmanaged[Cdecl]<nint, int*, int>)resolve("ubidi_getResultLength");
        public readonly delegate* unmanaged[Cdecl]<nint, int*, int*, void> ubidi_getVisualMap = (delegate* unmanaged[Cdecl]<nint, int*, int*, void>)resolve("ubidi_getVisualMap");
        public readonly delegate* unmanaged[Cdecl]<nint, char*, int, ushort, int*, int> ubidi_writeReordered = (delegate* unmanaged[Cdecl]<nint, char*, int, ushort, int*, int>)resolve("ubidi_writeReordered");

        public readonly delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, nint> ubrk_open = (delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, nint>)resolve("ubrk_open");
        public readonly delegate* unmanaged[Cdecl]<nint, char*, int, int*, void> ubrk_setText = (delegate* unmanaged[Cdecl]<nint, char*, int, int*, void>)resolve("ubrk_setText");
        public readonly delegate* unmanaged[Cdecl]<nint, int> ubrk_first = (delegate* unmanaged[Cdecl]<nint, int>)resolve("ubrk_first");
        public readonly delegate* unmanaged[Cdecl]<nint, int> ubrk_next = (delegate* unmanaged[Cdecl]<nint, int>)resolve("ubrk_next");
        public readonly delegate* unmanaged[Cdecl]<nint, void> ubrk_close = (delegate* unmanaged[Cdecl]<nint, void>)resolve("ubrk_close");

        public readonly delegate* unmanaged[Cdecl]<char*, int, int*, nint> uset_openPattern = (delegate* unmanaged[Cdecl]<char*, int, int*, nint>)resolve("uset_openPattern");
        public readonly delegate* unmanaged[Cdecl]<nint, int, int> uset_charAt = (delegate* unmanaged[Cdecl]<nint, int, int>)resolve("uset_charAt");
        public readonly delegate* unmanaged[Cdecl]<nint, void> uset_close = (delegate* unmanaged[Cdecl]<nint, void>)resolve("uset_close");
    }

    /// <summary>A loaded ICU. The handle stays open for the life of the process: the function pointers point into it.</summary>
    internal sealed record Loaded(Functions Functions, string Library, string Version, nint Handle);

    /// <summary>One search per process; a failed one is remembered (Lazy keeps the exception), so every
    /// caller gets the same message without searching again.</summary>
    private static readonly Lazy<Loaded> State = new(() => Probe(Environment.GetEnvironmentVariable), LazyThreadSafetyMode.ExecutionAndPublication);

    public static Functions F => State.Value.Functions;

    /// <summary>The file that was loaded, e.g. libicuuc.so.72 or icu.dll.</summary>
    public static string Library => State.Value.Library;

    /// <summary>ICU's own version of itself (u_getVersion), e.g. 72.1.</summary>
    public static string Version => State.Value.Version;

    /// <summary>U_FAILURE: warnings are negative, errors positive.</summary>
    public static void Check(int error, string function)
    {
        if (error > 0) { throw new InvalidOperationException($"ICU's {function} failed with error {error} ({Library}, ICU {Version})."); }
    }

    private sealed class MissingFunction(string message) : Exception(message);

    /// <summary>The search itself, with the environment given (tests pass their own).</summary>
    internal static Loaded Probe(Func<string, string?> environment)
    {
        var platform = IcuProbe.CurrentPlatform();
        var pin = IcuVersionRequest.FromEnvironment(IcuProbe.PinVariable, environment(IcuProbe.PinVariable));
        var preferred = IcuProbe.PreferVariables
            .Select(v => IcuVersionRequest.FromPreference(v, environment(v)))
            .FirstOrDefault(r => r is not null);
        var problems = new List<string>();
        if (platform is not null)
        {
            foreach (var candidate in IcuProbe.Candidates(platform, pin, preferred))
            {
                if (TryOpen(candidate, pin, problems) is { } loaded) { return loaded; }
            }
        }
        throw new IcuNotFoundException(IcuNotFoundException.Describe(platform, problems, pin));
    }

    /// <summary>One candidate: the loaded ICU, or null (with the reason in <paramref name="problems"/> when it loaded but would not do).</summary>
    internal static Loaded? TryOpen(IcuCandidate candidate, IcuVersionRequest? pin, List<string> problems)
    {
        // Windows: System32 only, as .NET does, so an icu.dll beside the program cannot stand in for it.
        var opened = candidate.Row.Platform == "windows"
            ? NativeLibrary.TryLoad(candidate.File, typeof(IcuNative).Assembly, DllImportSearchPath.System32, out var handle)
            : NativeLibrary.TryLoad(candidate.File, out handle);
        if (!opened) { return null; }

        try
        {
            var major = candidate.Row.Symbols == SymbolStyle.PlainOrProbedSuffix ? ProbeSuffix(handle) : candidate.Major;
            var functions = new Functions(name => Resolve(handle, candidate.File, name, major));
            var version = new byte[4];
            fixed (byte* v = version) { functions.u_getVersion(v); }
            var text = VersionText(version);
            if (pin is not null && version[0] != pin.Major)
            {
                problems.Add($"{candidate.File} is ICU {text}, not the {pin.Major} that {pin.Variable} asks for");
                NativeLibrary.Free(handle);
                return null;
            }
            return new Loaded(functions, candidate.File, text, handle);
        }
        catch (MissingFunction e)
        {
            problems.Add(e.Message);
            NativeLibrary.Free(handle);
            return null;
        }
    }

    /// <summary>"72.1" for 72.1.0.0, "74.2.1" for 74.2.1.0: major.minor always, more only when not zero.</summary>
    internal static string VersionText(ReadOnlySpan<byte> version)
    {
        var length = version.Length;
        while (length > 2 && version[length - 1] == 0) { length--; }
        return string.Join('.', version[..length].ToArray());
    }

    private static nint Resolve(nint handle, string file, string function, int? major)
    {
        var names = IcuProbe.SymbolNames(function, major);
        foreach (var name in names)
        {
            if (NativeLibrary.TryGetExport(handle, name, out var address)) { return address; }
        }
        throw new MissingFunction($"{file} loaded but has no {string.Join(" or ", names)}");
    }

    /// <summary>An unnumbered libicuuc.so: plain names if it has them, else the major its names end in.</summary>
    private static int? ProbeSuffix(nint handle)
    {
        if (NativeLibrary.TryGetExport(handle, "u_getVersion", out _)) { return null; }
        foreach (var n in IcuProbe.ProbedMajors())
        {
            if (NativeLibrary.TryGetExport(handle, IcuProbe.SymbolNames("u_getVersion", n)[0], out _)) { return n; }
        }
        return null;
    }
}
