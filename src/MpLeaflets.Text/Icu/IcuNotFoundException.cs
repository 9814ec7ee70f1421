using System.Runtime.InteropServices;
using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text;

/// <summary>
/// The operating system's ICU could not be loaded (or lacks a function the program calls). The
/// message says what was looked for on this platform and what to do; the command line shows it as
/// an error, as it shows a missing font.
/// </summary>
public sealed class IcuNotFoundException(string message) : Exception(message)
{
    private const string Needed = "ICU, the Unicode library of the operating system that the program uses for right-to-left order, line breaks and scripts, was not found.";

    /// <summary>The message for a search that found nothing usable: per platform what was tried and
    /// what to install; <paramref name="problems"/> are the libraries that loaded but would not do.</summary>
    internal static string Describe(string? platform, IReadOnlyList<string> problems, IcuVersionRequest? pin)
    {
        var looked = platform switch
        {
            "linux" when pin is not null => $"Looked for libicuuc.so.{pin.Text} only, as {pin.Variable}={pin.Text} asks.",
            "linux" => $"Looked for libicuuc.so.{IcuProbe.NewestMajor} down to libicuuc.so.{IcuProbe.OldestMajor}, then libicuuc.so.",
            "windows" => "Looked for icu.dll, then icuuc.dll, in the Windows system folder (System32).",
            "macos" => "Looked for /usr/lib/libicucore.dylib.",
            _ => $"No place to look for ICU is known on this operating system ({RuntimeInformation.OSDescription}).",
        };
        var todo = platform switch
        {
            "linux" when pin is not null => $"Install ICU {pin.Major}, or unset {pin.Variable} to use the ICU the system has.",
            "linux" => "Install the system's ICU: on Debian or Ubuntu 'apt-get install libicu-dev' (or only the library: libicu72, libicu74 … as 'apt-cache search ^libicu[0-9]' lists), on Fedora or RHEL 'dnf install libicu', on Alpine 'apk add icu-libs'.",
            "windows" => "ICU is part of Windows 10 version 1903 (May 2019 Update) or later and of Windows 11: update Windows; there is nothing to install.",
            "macos" => "It is part of macOS: if it is missing or lacks a function, please report it with the output of 'sw_vers'.",
            _ => "The program runs on Linux, on Windows 10 version 1903 or later and on macOS.",
        };
        var pinned = pin is not null && platform is "windows" or "macos" ? $" Only ICU {pin.Major} was accepted, as {pin.Variable}={pin.Text} asks: unset it to take the system's." : "";
        var found = problems.Count == 0 ? "" : " " + string.Join(" ", problems.Select(p => p.TrimEnd('.') + "."));
        return $"{Needed} {looked}{found}{pinned} {todo}";
    }
}
