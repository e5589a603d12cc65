namespace LrNotebooks.Runner.Kernel;

/// <summary>The <c>eventType</c> values of KernelEventEnvelope the runner acts on.</summary>
internal static class KernelEventTypes
{
    /// <summary>The kernel has started and accepts commands (no command attached).</summary>
    public const string KernelReady = "KernelReady";

    /// <summary>The command finished without error; terminal for its token.</summary>
    public const string CommandSucceeded = "CommandSucceeded";

    /// <summary>The command failed (compile error, exception); <c>event.message</c> says why; terminal for its token.</summary>
    public const string CommandFailed = "CommandFailed";

    /// <summary>An error reported without failing the command; <c>event.message</c>.</summary>
    public const string ErrorProduced = "ErrorProduced";

    /// <summary><c>display(x)</c> and kernel messages; <c>event.formattedValues</c> and <c>event.valueId</c>.</summary>
    public const string DisplayedValueProduced = "DisplayedValueProduced";

    /// <summary>Replaces the formatted values of an earlier display with the same <c>valueId</c>.</summary>
    public const string DisplayedValueUpdated = "DisplayedValueUpdated";

    /// <summary>The value of the cell's last expression.</summary>
    public const string ReturnValueProduced = "ReturnValueProduced";

    /// <summary>Text written to Console.Out.</summary>
    public const string StandardOutputValueProduced = "StandardOutputValueProduced";

    /// <summary>Text written to Console.Error.</summary>
    public const string StandardErrorValueProduced = "StandardErrorValueProduced";
}
