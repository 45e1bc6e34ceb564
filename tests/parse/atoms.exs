# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Atoms: plain, with ? and !, operators, quoted.
[:ok, :foo?, :bar!, :+, :<>, :"with space", :"::", :'single']
# CHECK: [:ok, :foo?, :bar!, :+, :<>, :"with space", :"::", :single]
