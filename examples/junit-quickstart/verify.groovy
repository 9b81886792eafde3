// Not part of the example: the root build's invoker run (junit/pom.xml) calls this after `mvn -B verify`
// here, and reads that build's log.
def log = new File(basedir, 'build.log').text
def fail = { String why -> throw new AssertionError("${why} (see ${basedir}/build.log)".toString()) }

// Both test classes ran tests: a Surefire that finds none says "Tests run: 0" and passes. (Whether they
// passed is the build's exit code, which the invoker judges; it runs this script either way.)
['AnnotationStyleTest', 'FieldStyleTest'].each { name ->
    if (!(log =~ /Tests run: [1-9]\d*,[^\n]* in dev\.eventsim\.examples\.quickstart\.${name}\b/)) {
        fail("${name} ran no test")
    }
}

// The project's own logging binding is the only one: the extension brings none, and SLF4J has nothing to say
// (it would warn of "multiple SLF4J providers", or of none).
if (log.contains('SLF4J(') || log.contains('SLF4J:')) {
    fail('SLF4J warned about the logging bindings on the test classpath')
}
return true
