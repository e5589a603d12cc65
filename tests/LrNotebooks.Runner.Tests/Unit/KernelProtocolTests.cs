using System.Text.Json;
using LrNotebooks.Runner.Kernel;

namespace LrNotebooks.Runner.Tests.Unit;

/// <summary>The stdio envelopes, checked against lines the real dotnet-interactive 1.0.712001 wrote and read.</summary>
public sealed class KernelProtocolTests
{
    [Fact]
    public void SubmitCode_serializes_to_the_KernelCommandEnvelope_shape()
    {
        var envelope = KernelCommandEnvelope.SubmitCode("Console.WriteLine(\"hi\");\n1 + 1", "csharp");
        var json = envelope.ToJsonLine();
        Assert.DoesNotContain('\n', json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["token", "id", "commandType", "command", "routingSlip"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(envelope.Token, root.GetProperty("token").GetString());
        Assert.Equal("SubmitCode", root.GetProperty("commandType").GetString());
        Assert.Equal("Console.WriteLine(\"hi\");\n1 + 1", root.GetProperty("command").GetProperty("code").GetString());
        Assert.Equal("csharp", root.GetProperty("command").GetProperty("targetKernelName").GetString());
        Assert.Equal(0, root.GetProperty("routingSlip").GetArrayLength());
    }

    [Fact]
    public void Every_submission_gets_its_own_token()
    {
        Assert.NotEqual(KernelCommandEnvelope.SubmitCode("1", "csharp").Token, KernelCommandEnvelope.SubmitCode("1", "csharp").Token);
    }

    [Fact]
    public void Events_are_parsed_with_their_command_token()
    {
        const string line = """{"event":{"formattedValues":[{"mimeType":"text/plain","value":"hi\n","suppressDisplay":false}],"valueId":null},"eventType":"StandardOutputValueProduced","command":{"token":"t1","commandType":"SubmitCode","command":{"code":"Console.WriteLine(\"hi\");","parameters":{},"targetKernelName":"csharp","originUri":null,"destinationUri":null},"routingSlip":["kernel://pid-10206/?tag=arrived"]},"routingSlip":["kernel://pid-10206/csharp","kernel://pid-10206/"]}""";
        Assert.True(KernelEventEnvelope.TryParse(line, out var e));
        Assert.Equal(("StandardOutputValueProduced", "t1"), (e.EventType, e.Token));
        Assert.Equal([new FormattedValue("text/plain", "hi\n", false)], FormattedValue.ReadAll(e.Event));
        Assert.Null(e.GetString("valueId"));
    }

    [Fact]
    public void KernelReady_has_no_command()
    {
        Assert.True(KernelEventEnvelope.TryParse("""{"event":{"kernelInfos":[]},"eventType":"KernelReady","command":null,"routingSlip":[]}""", out var e));
        Assert.Equal(KernelEventTypes.KernelReady, e.EventType);
        Assert.Null(e.Token);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Welcome to .NET Interactive!")]
    [InlineData("---------------------")]
    [InlineData("{ broken")]
    [InlineData("""{"event":{}}""")]
    [InlineData("""{"eventType":42}""")]
    public void Banner_lines_and_other_non_events_are_not_events(string line)
    {
        Assert.False(KernelEventEnvelope.TryParse(line, out _));
    }

    [Theory]
    [InlineData("t1", true)]
    [InlineData("t1.1", true)]
    [InlineData("t1.2.1", true)]
    [InlineData("t10", false)]
    [InlineData("t2", false)]
    public void Events_of_child_commands_belong_to_the_submission(string token, bool belongs)
    {
        var e = new KernelEventEnvelope("DisplayedValueProduced", JsonDocument.Parse("{}").RootElement, token);
        Assert.Equal(belongs, e.BelongsTo("t1"));
    }

    [Fact]
    public void Malformed_formatted_values_are_skipped()
    {
        using var document = JsonDocument.Parse("""{"formattedValues":[{"mimeType":"text/html"},{"value":"x"},{"mimeType":"text/plain","value":"ok","suppressDisplay":true}]}""");
        Assert.Equal([new FormattedValue("text/plain", "ok", true)], FormattedValue.ReadAll(document.RootElement));
    }
}
