using System.Text.Json;
using System.Text.Json.Nodes;
using LrNotebooks.Notebooks;
using LrNotebooks.Runner.Execution;
using LrNotebooks.Runner.Kernel;

namespace LrNotebooks.Runner.Tests.Unit;

public sealed class OutputRecorderTests
{
    private static KernelEventEnvelope Event(string type, string token, string eventJson) =>
        new(type, JsonDocument.Parse(eventJson).RootElement.Clone(), token);

    private static string Values(string valueId, params (string Mime, string Value)[] values) =>
        new JsonObject
        {
            ["formattedValues"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["mimeType"] = v.Mime, ["value"] = v.Value, ["suppressDisplay"] = false })]),
            ["valueId"] = valueId,
        }.ToJsonString();

    private static void AssertOutputs(string expected, JsonArray actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\nactual   {actual.ToJsonString()}");

    [Fact]
    public void Consecutive_writes_to_a_stream_merge_and_streams_keep_their_order()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        recorder.Record(Event(KernelEventTypes.StandardOutputValueProduced, "t", Values("", ("text/plain", "a\n"))), "t");
        recorder.Record(Event(KernelEventTypes.StandardOutputValueProduced, "t.1", Values("", ("text/plain", "b\n"))), "t");
        recorder.Record(Event(KernelEventTypes.StandardErrorValueProduced, "t", Values("", ("text/plain", "warn\n"))), "t");
        recorder.Record(Event(KernelEventTypes.StandardOutputValueProduced, "t", Values("", ("text/plain", "c\n"))), "t");
        AssertOutputs("""
            [{"output_type":"stream","name":"stdout","text":"a\nb\n"},
             {"output_type":"stream","name":"stderr","text":"warn\n"},
             {"output_type":"stream","name":"stdout","text":"c\n"}]
            """, recorder.Outputs);
    }

    [Fact]
    public void Displays_and_return_values_keep_every_mime_type_and_the_execution_count()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(7);
        recorder.Record(Event(KernelEventTypes.DisplayedValueProduced, "t", Values("d1", ("text/html", "<b>x</b>"), ("text/plain", "x"))), "t");
        recorder.Record(Event(KernelEventTypes.ReturnValueProduced, "t", Values("", ("text/html", "<i>2</i>"))), "t");
        AssertOutputs("""
            [{"output_type":"display_data","data":{"text/html":"<b>x</b>","text/plain":"x"},"metadata":{}},
             {"output_type":"execute_result","execution_count":7,"data":{"text/html":"<i>2</i>"},"metadata":{}}]
            """, recorder.Outputs);
    }

    [Fact]
    public void A_display_updated_later_is_replaced_in_place_even_from_another_cell()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        recorder.Record(Event(KernelEventTypes.DisplayedValueProduced, "t1", Values("bar", ("text/plain", "0%"))), "t1");
        var first = recorder.Outputs;
        recorder.Record(Event(KernelEventTypes.DisplayedValueUpdated, "t1", Values("bar", ("text/plain", "50%"))), "t1");
        recorder.BeginCell(2);
        recorder.Record(Event(KernelEventTypes.DisplayedValueUpdated, "t1", Values("bar", ("text/plain", "100%"))), "t2");
        AssertOutputs("""[{"output_type":"display_data","data":{"text/plain":"100%"},"metadata":{}}]""", first);
        AssertOutputs("[]", recorder.Outputs);
    }

    [Fact]
    public void An_update_of_an_unknown_display_is_shown_as_a_new_display()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        recorder.Record(Event(KernelEventTypes.DisplayedValueUpdated, "t", Values("other", ("text/plain", "late"))), "t");
        AssertOutputs("""[{"output_type":"display_data","data":{"text/plain":"late"},"metadata":{}}]""", recorder.Outputs);
    }

    [Fact]
    public void Events_of_other_commands_and_suppressed_values_are_not_shown()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        recorder.Record(Event(KernelEventTypes.DisplayedValueProduced, "other", Values("x", ("text/plain", "not mine"))), "t");
        recorder.Record(Event(KernelEventTypes.ReturnValueProduced, "t",
            """{"formattedValues":[{"mimeType":"text/plain","value":"hidden","suppressDisplay":true}]}"""), "t");
        recorder.Record(Event("DiagnosticsProduced", "t", """{"diagnostics":[]}"""), "t");
        AssertOutputs("[]", recorder.Outputs);
    }

    [Fact]
    public void Json_mime_types_are_stored_as_json()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        recorder.Record(Event(KernelEventTypes.DisplayedValueProduced, "t",
            Values("", ("application/json", """{"a":[1,2]}"""), ("application/vnd.plotly.v1+json", "not json"))), "t");
        AssertOutputs("""[{"output_type":"display_data","data":{"application/json":{"a":[1,2]},"application/vnd.plotly.v1+json":"not json"},"metadata":{}}]""", recorder.Outputs);
    }

    [Fact]
    public void ErrorProduced_becomes_an_error_output_once()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        recorder.Record(Event(KernelEventTypes.ErrorProduced, "t", """{"message":"System.Exception: bad"}"""), "t");
        recorder.AddError(CellError.FromKernelMessage("System.Exception: bad"));
        AssertOutputs("""[{"output_type":"error","ename":"System.Exception","evalue":"bad","traceback":["System.Exception: bad"]}]""", recorder.Outputs);
        Assert.Single(recorder.ErrorMessages);
        recorder.BeginCell(2);
        Assert.Empty(recorder.ErrorMessages);
    }

    [Fact]
    public void Stream_text_past_the_limit_per_cell_is_not_stored_and_a_marker_says_how_much()
    {
        var recorder = new OutputRecorder();
        recorder.BeginCell(1);
        var chunk = new string('x', 700 * 1024);
        recorder.Record(Event(KernelEventTypes.StandardOutputValueProduced, "t", Values("", ("text/plain", chunk))), "t");
        recorder.Record(Event(KernelEventTypes.StandardOutputValueProduced, "t", Values("", ("text/plain", chunk))), "t");
        recorder.Record(Event(KernelEventTypes.StandardErrorValueProduced, "t", Values("", ("text/plain", "late"))), "t");
        var dropped = 2 * chunk.Length + 4 - StreamOutputLimit.MaxBytesPerCell;
        Assert.Equal(2, recorder.Outputs.Count);
        Assert.Equal(StreamOutputLimit.MaxBytesPerCell, ((string)recorder.Outputs[0]!["text"]!).Length);
        Assert.Equal($"\n[output truncated: {dropped} bytes not stored]\n", (string)recorder.Outputs[1]!["text"]!);

        // The next cell starts with a fresh budget.
        recorder.BeginCell(2);
        recorder.Record(Event(KernelEventTypes.StandardOutputValueProduced, "u", Values("", ("text/plain", "ok"))), "u");
        AssertOutputs("""[{"output_type":"stream","name":"stdout","text":"ok"}]""", recorder.Outputs);
    }
}
