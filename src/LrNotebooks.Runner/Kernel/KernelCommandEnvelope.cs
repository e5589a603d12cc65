using System.Text.Json;
using System.Text.Json.Serialization;

namespace LrNotebooks.Runner.Kernel;

/// <summary>
/// A command sent to dotnet-interactive over stdio, one JSON object per line, in the shape of
/// Microsoft.DotNet.Interactive.Connection.KernelCommandEnvelope:
/// <c>{"token":"…","id":"…","commandType":"SubmitCode","command":{"code":"…","targetKernelName":"csharp"},"routingSlip":[]}</c>.
/// Events caused by the command carry its token (child commands carry <c>token.N</c>).
/// </summary>
/// <param name="Token">Correlates the command's events.</param>
/// <param name="Id">Command id.</param>
/// <param name="CommandType">The command class name, e.g. <c>SubmitCode</c>.</param>
/// <param name="Command">The command's own properties.</param>
internal sealed record KernelCommandEnvelope(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("commandType")] string CommandType,
    [property: JsonPropertyName("command")] SubmitCodeCommand Command)
{
    /// <summary>The routing slip the kernel stamps as the command travels; a new command has none.</summary>
    [JsonPropertyName("routingSlip")]
    public IReadOnlyList<string> RoutingSlip { get; init; } = [];

    /// <summary>A <c>SubmitCode</c> command for <paramref name="code"/> run by the subkernel <paramref name="targetKernelName"/>.</summary>
    public static KernelCommandEnvelope SubmitCode(string code, string targetKernelName)
    {
        var token = Guid.NewGuid().ToString("N");
        return new KernelCommandEnvelope(token, Guid.NewGuid().ToString("N"), "SubmitCode", new SubmitCodeCommand(code, targetKernelName));
    }

    /// <summary>The single-line JSON the kernel reads.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this);
}

/// <summary>The properties of a <c>SubmitCode</c> command.</summary>
/// <param name="Code">The cell's source.</param>
/// <param name="TargetKernelName">Subkernel that runs it (csharp, fsharp, pwsh, …).</param>
internal sealed record SubmitCodeCommand(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("targetKernelName")] string TargetKernelName);
