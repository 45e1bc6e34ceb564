[:ok, :foo?, :bar!, :+, :<>, :"with space", :"::", :'single']
