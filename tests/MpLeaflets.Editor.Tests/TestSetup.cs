using System.Runtime.CompilerServices;
using Xunit.Sdk;
using Xunit.v3;

// The editor tests run one at a time, as they did under v2's CollectionBehavior(DisableTestParallelization = true).
[assembly: Parallelization(Mode = ParallelMode.None)]

namespace MpLeaflets.Editor.Tests;

internal static class TestSetup
{
    /// <summary>Terminal.Gui must not paint into the developer's terminal while tests run.</summary>
    [ModuleInitializer]
    internal static void DisableRealTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
