# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# ''' heredocs are charlists.
'''
  ab
  '''
# CHECK: [97, 98, 10]
