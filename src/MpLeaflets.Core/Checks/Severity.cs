namespace MpLeaflets.Checks;

public enum Severity
{
    Warning,
    Error,
}
