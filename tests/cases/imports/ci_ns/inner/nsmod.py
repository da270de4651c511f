NS = "namespace module"
