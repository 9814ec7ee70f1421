namespace MpLeaflets.Checks;

/// <summary>One problem a check found in one unit's translation.</summary>
/// <param name="Check">Short name of the check, e.g. <c>numbers</c>, <c>markdown</c>.</param>
/// <param name="Message">What is wrong, in words a translator understands.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record Finding(Severity Severity, string Check, string UnitId, string Message, string Fix);
