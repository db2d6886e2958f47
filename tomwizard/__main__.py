from tomwizard.cli import main

raise SystemExit(main())
