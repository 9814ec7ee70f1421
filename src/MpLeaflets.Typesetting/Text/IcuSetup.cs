using Icu;

namespace MpLeaflets.Typesetting.Text;

/// <summary>icu.net loads the system ICU (the one .NET itself uses on Linux); initialise it once.</summary>
internal static class IcuSetup
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    public static void Ensure() => _ = Initialised.Value;
}
