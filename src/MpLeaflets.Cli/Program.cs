using MpLeaflets.Cli;

return CliApp.Run(args, CliConsole.System(), Environment.CurrentDirectory);
