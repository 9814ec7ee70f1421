using Icu;

namespace MpLeaflets.Text;

/// <summary>icu.net loads the system's ICU (the one .NET itself uses on Linux); it is initialised once per process.</summary>
internal static class IcuLibrary
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    public static void Ensure() => _ = Initialised.Value;
}
