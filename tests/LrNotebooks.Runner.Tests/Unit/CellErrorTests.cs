using LrNotebooks.Runner.Execution;

namespace LrNotebooks.Runner.Tests.Unit;

public sealed class CellErrorTests
{
    [Fact]
    public void An_exception_gives_its_type_message_and_stack()
    {
        var error = CellError.FromKernelMessage("System.Exception: boom\n   at Submission#2.<<Initialize>>d__0.MoveNext()\n--- End of stack trace from previous location ---");
        Assert.Equal(("System.Exception", "boom"), (error.Name, error.Value));
        Assert.Equal(3, error.Traceback.Count);
        Assert.Equal("System.Exception: boom", error.Describe());
    }

    [Fact]
    public void Compiler_errors_are_a_CompilationError_with_every_diagnostic()
    {
        var error = CellError.FromKernelMessage("(1,62): error CS1733: Expected expression\r\n(1,62): error CS1002: ; expected");
        Assert.Equal("CompilationError", error.Name);
        Assert.Equal("(1,62): error CS1733: Expected expression (1,62): error CS1002: ; expected", error.Value);
        Assert.Equal(["(1,62): error CS1733: Expected expression", "(1,62): error CS1002: ; expected"], error.Traceback);
    }

    [Fact]
    public void A_missing_assembly_points_at_the_build_command()
    {
        var error = CellError.FromKernelMessage("(1,1): error CS0006: Metadata file '/x/LrNotebooks.Course.dll' could not be found");
        Assert.EndsWith("(a referenced library is missing; build this repository's libraries with: dotnet build src/LrNotebooks.Course -c Release)", error.Describe());
    }

    [Fact]
    public void Other_messages_keep_their_first_line()
    {
        var error = CellError.FromKernelMessage("Something odd happened\nmore");
        Assert.Equal(("Error", "Something odd happened"), (error.Name, error.Value));
        Assert.Equal("error", (string?)error.ToOutput()["output_type"]);
    }
}
