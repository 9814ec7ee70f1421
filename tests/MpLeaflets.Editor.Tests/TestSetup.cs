using System.Runtime.CompilerServices;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace MpLeaflets.Editor.Tests;

internal static class TestSetup
{
    /// <summary>Terminal.Gui must not paint into the developer's terminal while tests run.</summary>
    [ModuleInitializer]
    internal static void DisableRealTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
