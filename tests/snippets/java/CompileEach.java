import java.io.File;
import java.io.StringWriter;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles each Java file named on the command line into the folder it sits in, one after the
 * other in this one JVM (a `java File.java` per snippet would start and warm up a compiler each
 * time). Prints "OK <file>" or "ERROR <file>" and javac's messages; exits 1 if any failed.
 */
public class CompileEach {
    public static void main(String[] args) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        boolean allOk = true;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            for (String path : args) {
                File source = new File(path);
                StringWriter messages = new StringWriter();
                List<String> options = List.of("-d", source.getParent(), "-Xlint:none");
                boolean ok = javac.getTask(messages, files, null, options, null,
                        files.getJavaFileObjects(source)).call();
                allOk &= ok;
                System.out.println((ok ? "OK " : "ERROR ") + path);
                if (!ok) System.out.println(messages);
            }
        }
        System.exit(allOk ? 0 : 1);
    }
}
